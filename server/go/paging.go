package main

// Cursor paging of list RPCs. A token names a fingerprint of the list and
// its filters (namespace included) and the sequence number of the last item
// returned: an item added between two pages shifts nothing, so a walk to
// the last page neither loses nor repeats an item, and a token used with
// other filters or another namespace fails with INVALID_ARGUMENT.

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
)

const (
	defaultPageSize = 100
	maxPageSize     = 1000
)

type seqItem[T any] struct {
	seq  uint64
	item T
}

// fingerprint hashes the parts (each length-prefixed, so no two lists of
// parts hash alike by concatenation).
func fingerprint(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(strconv.Itoa(len(p)) + ":" + p))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// optional tells an absent string filter from an empty one.
func optional(s *string) string {
	if s == nil {
		return "unset"
	}
	return "=" + *s
}

// newestFirstPage is one page of items (oldest first, as stored), newest
// first.
func newestFirstPage[T any](items []seqItem[T], filters string, req *kagziv1.PageRequest) ([]T, *kagziv1.PageInfo, error) {
	size := int(req.GetPageSize())
	switch {
	case size < 0:
		return nil, nil, invalid("page.page_size", "must not be negative")
	case size == 0:
		size = defaultPageSize
	case size > maxPageSize:
		size = maxPageSize
	}
	var after uint64 // 0: the first page (sequence numbers start at 1)
	if token := req.GetPageToken(); token != "" {
		fp, seq, ok := strings.Cut(token, ".")
		n, err := strconv.ParseUint(seq, 10, 64)
		if !ok || fp != filters || err != nil || n == 0 {
			return nil, nil, invalid("page.page_token", "is not a token of this list with these filters")
		}
		after = n
	}
	var page []T
	lastSeq, hasMore := uint64(0), false
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		if after != 0 && it.seq >= after {
			continue
		}
		if len(page) == size {
			hasMore = true
			break
		}
		page = append(page, it.item)
		lastSeq = it.seq
	}
	info := &kagziv1.PageInfo{HasMore: hasMore}
	if hasMore {
		info.NextPageToken = filters + "." + strconv.FormatUint(lastSeq, 10)
	}
	if req.GetIncludeTotalCount() {
		info.TotalCount = int64(len(items))
	}
	return page, info, nil
}
