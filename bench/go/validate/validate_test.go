// Validation cost in Go: buf.build/go/protovalidate validating the realistic
// requests of the rule cases (the valid case of each message type in
// conformance/rules/), ns per call.
//
// Environment: BENCH_RULES (the rule cases; the benchmark is skipped
// without it), BENCH_OUT (JSON lines {"lang", "message", "ns"}, written
// after the benchmarks when set).
package validate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"buf.build/go/protovalidate"
	_ "github.com/kagzi/kagzi-proto/go/kagzi/v1" // registers every kagzi.v1 type
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
)

type result struct {
	Lang    string  `json:"lang"`
	Message string  `json:"message"`
	Ns      float64 `json:"ns"`
}

var (
	mu      sync.Mutex
	results = map[string]result{}
)

func BenchmarkValidate(b *testing.B) {
	dir := os.Getenv("BENCH_RULES")
	if dir == "" {
		b.Skip("BENCH_RULES is not set")
	}
	files, err := filepath.Glob(filepath.Join(dir, "kagzi.v1.*.json"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no rule cases under %s (%v)", dir, err)
	}
	sort.Strings(files)
	validator, err := protovalidate.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		var file struct {
			Cases []struct {
				Name  string          `json:"name"`
				Input json.RawMessage `json:"input"`
			} `json:"cases"`
		}
		if err := json.Unmarshal(raw, &file); err != nil {
			b.Fatalf("%s: %v", path, err)
		}
		name := filepath.Base(path)
		name = name[:len(name)-len(".json")]
		mt, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(name))
		if err != nil {
			b.Fatalf("%s: %v", name, err)
		}
		for _, c := range file.Cases {
			if c.Name != "valid" {
				continue
			}
			msg := mt.New().Interface()
			if err := protojson.Unmarshal(c.Input, msg); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			if err := validator.Validate(msg); err != nil {
				b.Fatalf("%s: the realistic message breaks its rules: %v", name, err)
			}
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					if err := validator.Validate(msg); err != nil {
						b.Fatal(err)
					}
				}
				mu.Lock()
				results[name] = result{"go", name, float64(b.Elapsed().Nanoseconds()) / float64(b.N)}
				mu.Unlock()
			})
		}
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if out := os.Getenv("BENCH_OUT"); out != "" && code == 0 && len(results) > 0 {
		f, err := os.Create(out)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		names := make([]string, 0, len(results))
		for n := range results {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			line, _ := json.Marshal(results[n])
			fmt.Fprintln(f, string(line))
		}
		f.Close()
	}
	os.Exit(code)
}
