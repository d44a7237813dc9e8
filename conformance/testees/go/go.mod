module github.com/kagzi/kagzi-proto/conformance/testees/go

go 1.24.0

require (
	github.com/kagzi/kagzi-proto/gen/go v0.0.0
	github.com/kagzi/kagzi-proto/go v1.1.0
	google.golang.org/genproto/googleapis/rpc v0.0.0-20250804133106-a7a43d27e69b
	google.golang.org/protobuf v1.36.12
)

require (
	buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go v1.36.12-20260825204119-511051f7f437.1 // indirect
	golang.org/x/net v0.42.0 // indirect
	golang.org/x/sys v0.34.0 // indirect
	golang.org/x/text v0.27.0 // indirect
	google.golang.org/grpc v1.76.0 // indirect
)

// The conformance protocol's code is not published: `make generate` writes
// it (and a go.mod naming it) into gen/go. The kagzi.v1 module is the
// committed one in go/, used from the work tree so the testee checks this
// commit's code.
replace github.com/kagzi/kagzi-proto/gen/go => ../../../gen/go

replace github.com/kagzi/kagzi-proto/go => ../../../go
