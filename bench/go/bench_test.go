// The Go harness: decode and encode every corpus message in binary
// (proto.Marshal/Unmarshal) and JSON (protojson) with protobuf-go.
//
// Environment: BENCH_CORPUS (corpus directory), BENCH_OUT (JSON lines file,
// written after the benchmarks when set). Run with
// `go test -run '^$' -bench . -benchtime 1x` for a smoke run.
package bench

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	_ "github.com/kagzi/kagzi-proto/go/kagzi/v1" // registers every kagzi.v1 type
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
)

type entry struct {
	Name   string `json:"name"`
	Type   string `json:"type"`
	Binary string `json:"binary"`
	JSON   string `json:"json"`
	bin    []byte
	js     []byte
	mt     protoreflect.MessageType
}

func loadCorpus(tb testing.TB) []entry {
	dir := os.Getenv("BENCH_CORPUS")
	if dir == "" {
		tb.Fatal("BENCH_CORPUS is not set")
	}
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var entries []entry
	if err := json.Unmarshal(raw, &entries); err != nil {
		tb.Fatalf("manifest.json: %v", err)
	}
	for i := range entries {
		e := &entries[i]
		if e.bin, err = os.ReadFile(filepath.Join(dir, e.Binary)); err != nil {
			tb.Fatal(err)
		}
		if e.js, err = os.ReadFile(filepath.Join(dir, e.JSON)); err != nil {
			tb.Fatal(err)
		}
		if e.mt, err = protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(e.Type)); err != nil {
			tb.Fatalf("%s: %v", e.Name, err)
		}
	}
	return entries
}

type result struct {
	Lang    string  `json:"lang"`
	Message string  `json:"message"`
	Op      string  `json:"op"`
	Ns      float64 `json:"ns"`
	Bytes   int     `json:"bytes"`
}

var (
	mu      sync.Mutex
	results = map[[2]string]result{}
)

// record keeps the last (longest) run of each benchmark: testing.B calls
// a benchmark with growing b.N, the final call is the measured one.
func record(b *testing.B, e *entry, op string, bytes int) {
	b.SetBytes(int64(bytes))
	ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	mu.Lock()
	results[[2]string{e.Name, op}] = result{"go", e.Name, op, ns, bytes}
	mu.Unlock()
}

func BenchmarkCorpus(b *testing.B) {
	entries := loadCorpus(b)
	for i := range entries {
		e := &entries[i]
		m := e.mt.New().Interface()
		if err := proto.Unmarshal(e.bin, m); err != nil {
			b.Fatalf("%s: %v", e.Name, err)
		}
		b.Run(e.Name+"/decode_binary", func(b *testing.B) {
			for b.Loop() {
				if err := proto.Unmarshal(e.bin, e.mt.New().Interface()); err != nil {
					b.Fatal(err)
				}
			}
			record(b, e, "decode_binary", len(e.bin))
		})
		b.Run(e.Name+"/encode_binary", func(b *testing.B) {
			for b.Loop() {
				if _, err := proto.Marshal(m); err != nil {
					b.Fatal(err)
				}
			}
			record(b, e, "encode_binary", len(e.bin))
		})
		b.Run(e.Name+"/decode_json", func(b *testing.B) {
			for b.Loop() {
				if err := protojson.Unmarshal(e.js, e.mt.New().Interface()); err != nil {
					b.Fatal(err)
				}
			}
			record(b, e, "decode_json", len(e.js))
		})
		b.Run(e.Name+"/encode_json", func(b *testing.B) {
			for b.Loop() {
				if _, err := protojson.Marshal(m); err != nil {
					b.Fatal(err)
				}
			}
			record(b, e, "encode_json", len(e.js))
		})
	}
	writeResults(b, entries)
}

func writeResults(b *testing.B, entries []entry) {
	out := os.Getenv("BENCH_OUT")
	if out == "" {
		return
	}
	f, err := os.Create(out)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, e := range entries {
		for _, op := range []string{"decode_binary", "encode_binary", "decode_json", "encode_json"} {
			r, ok := results[[2]string{e.Name, op}]
			if !ok {
				b.Fatalf("no result for %s %s", e.Name, op)
			}
			if err := enc.Encode(r); err != nil {
				b.Fatal(fmt.Errorf("%s: %w", out, err))
			}
		}
	}
}
