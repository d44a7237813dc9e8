//go:build tools

// Package tools pins the versions of the Go programs the Makefile runs as
// local buf plugins (installed into .tools/bin by `make tools`).
package tools

import (
	_ "github.com/pseudomuto/protoc-gen-doc/cmd/protoc-gen-doc"
	_ "google.golang.org/grpc/cmd/protoc-gen-go-grpc"
	_ "google.golang.org/protobuf/cmd/protoc-gen-go"
)
