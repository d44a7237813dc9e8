module github.com/kagzi/kagzi-proto/bench/go

go 1.24.0

require (
	github.com/kagzi/kagzi-proto/go v0.0.0
	google.golang.org/protobuf v1.36.12
)

// The committed Go module of the generated code, go/ (mk/bench.mk
// users can point this elsewhere with `go mod edit -replace`).
replace github.com/kagzi/kagzi-proto/go => ../../go

require (
	buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go v1.36.12-20260825204119-511051f7f437.1 // indirect
	golang.org/x/net v0.42.0 // indirect
	golang.org/x/sys v0.34.0 // indirect
	golang.org/x/text v0.27.0 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20250804133106-a7a43d27e69b // indirect
	google.golang.org/grpc v1.76.0 // indirect
)
