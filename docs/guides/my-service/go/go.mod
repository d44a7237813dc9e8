// The Go guide's project (docs/guides/consuming-go.md): a module of a
// reader's own that requires the kagzi.v1 Go module at its release
// version. scripts/generate/check_guide.py copies it to my-service/ next to a clone
// of kagzi-proto; the replace stands in for the download `go get` would
// make from the go/v1.1.0 tag.
module example.com/my-service

go 1.24.0

require (
	github.com/kagzi/kagzi-proto/go v1.2.0
	google.golang.org/grpc v1.76.0
	google.golang.org/protobuf v1.36.12
)

require (
	buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go v1.36.12-20260825204119-511051f7f437.1 // indirect
	golang.org/x/net v0.42.0 // indirect
	golang.org/x/sys v0.34.0 // indirect
	golang.org/x/text v0.27.0 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20250804133106-a7a43d27e69b // indirect
)

replace github.com/kagzi/kagzi-proto/go => ../kagzi-proto/go
