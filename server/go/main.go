// Command kagzi-go-server serves, from memory, the kagzi.v1 calls of the
// interop scenario (StartWorkflow, GetWorkflow, GetWorkflowByExternalId,
// ListWorkflows, TerminateWorkflow, CreateWorkflowSchedule,
// TriggerWorkflowSchedule, ListScheduleRuns, Register, PollTask, BeginStep,
// CompleteStep, CompleteWorkflow, GetQueueDepth, CreateNamespace,
// GetNamespace, DisableNamespace, EnableNamespace) with grpc-go and the committed Go module
// github.com/kagzi/kagzi-proto/go. It is the other direction of the
// interop matrix: the clients of every language against a server that is
// not the Rust reference server. Every other RPC answers UNIMPLEMENTED.
//
//	kagzi-go-server [ADDR] [--addr-file PATH] [--fault SPEC]...
//
// The command line is the reference server's (server/reference), so a
// script starts either the same way: ADDR defaults to 127.0.0.1:0 (a free
// loopback port); once listening, the server prints its URL and, with
// --addr-file, writes `http://HOST:PORT` to PATH (written whole, then
// renamed). It stops on SIGINT or SIGTERM.
//
// `--fault` is for tests only; it breaks the server on purpose:
//   - `unavailable:N`: the first N BeginStep and the first N CompleteStep
//     calls fail with UNAVAILABLE, as the reference server's fault of that
//     name does;
//   - `no-error-detail`: failed calls answer a bare gRPC status, without the
//     kagzi.v1.ErrorDetail the contract puts in it (to prove the clients
//     check it).
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/grpc"
)

const usage = "usage: kagzi-go-server [ADDR] [--addr-file PATH] [--fault SPEC]..."

type args struct {
	addr, addrFile string
	unavailable    int
	noErrorDetail  bool
}

func parseArgs(argv []string) (args, error) {
	a := args{addr: "127.0.0.1:0"}
	addrSeen := false
	for i := 0; i < len(argv); i++ {
		switch arg := argv[i]; {
		case arg == "--addr-file" || arg == "--fault":
			if i+1 == len(argv) {
				return a, fmt.Errorf("%s needs a value\n%s", arg, usage)
			}
			i++
			if arg == "--addr-file" {
				a.addrFile = argv[i]
				continue
			}
			if argv[i] == "no-error-detail" {
				a.noErrorDetail = true
				continue
			}
			n, ok := strings.CutPrefix(argv[i], "unavailable:")
			count, err := strconv.Atoi(n)
			if !ok || err != nil || count < 0 {
				return a, fmt.Errorf("--fault %q: expected unavailable:N or no-error-detail", argv[i])
			}
			a.unavailable = count
		case strings.HasPrefix(arg, "-"):
			return a, fmt.Errorf("unknown option %s\n%s", arg, usage)
		case !addrSeen:
			a.addr, addrSeen = arg, true
		default:
			return a, fmt.Errorf("unexpected argument %s\n%s", arg, usage)
		}
	}
	return a, nil
}

// writeAddr writes url to path through a temporary file and a rename, so
// that a script waiting for the file never reads half of it.
func writeAddr(path, url string) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(url), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// newServer registers the five services the scenario calls on one grpc-go
// server sharing one store.
func newServer(st *store) *grpc.Server {
	srv := grpc.NewServer(grpc.UnaryInterceptor(checkRules))
	kagziv1.RegisterWorkflowServiceServer(srv, &workflowService{st: st})
	kagziv1.RegisterWorkerServiceServer(srv, &workerService{st: st})
	kagziv1.RegisterWorkflowScheduleServiceServer(srv, &scheduleService{st: st})
	kagziv1.RegisterAdminServiceServer(srv, &adminService{st: st})
	kagziv1.RegisterNamespaceServiceServer(srv, &namespaceService{st: st})
	return srv
}

func serve() error {
	a, err := parseArgs(os.Args[1:])
	if err != nil {
		return err
	}
	lis, err := net.Listen("tcp", a.addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", a.addr, err)
	}
	url := "http://" + lis.Addr().String()
	if a.addrFile != "" {
		if err := writeAddr(a.addrFile, url); err != nil {
			lis.Close()
			return fmt.Errorf("--addr-file: %w", err)
		}
	}
	omitErrorDetail = a.noErrorDetail
	srv := newServer(newStore(a.unavailable))
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		<-signals
		// Graceful stop waits for open calls (a PollTask long poll lasts
		// at most pollWait); Stop cuts them if that takes too long.
		timer := time.AfterFunc(5*time.Second, srv.Stop)
		srv.GracefulStop()
		timer.Stop()
	}()
	fmt.Println("kagzi-go-server: listening on", url)
	if err := srv.Serve(lis); err != nil && !errors.Is(err, grpc.ErrServerStopped) {
		return err
	}
	fmt.Println("kagzi-go-server: stopped")
	return nil
}

func main() {
	if err := serve(); err != nil {
		fmt.Fprintln(os.Stderr, "kagzi-go-server:", err)
		os.Exit(1)
	}
}
