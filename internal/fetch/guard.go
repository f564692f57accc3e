package fetch

import (
	"fmt"
	"net"
	"net/netip"
	"sync"
	"syscall"
)

// blockedRange is a block of addresses a server must not be made to call on
// a visitor's behalf, with why.
type blockedRange struct {
	prefix string
	reason string
}

// blockedRanges adds to net/netip's own classes (loopback, private,
// link-local, unspecified, multicast; checked in blockedReason) the special
// blocks that also reach the server's own network.
var blockedRanges = []blockedRange{
	{"0.0.0.0/8", "this-network"},
	{"100.64.0.0/10", "shared address space (carrier-grade NAT)"},
	{"192.0.0.0/24", "IETF protocol assignments"},
	{"198.18.0.0/15", "benchmarking"},
	{"240.0.0.0/4", "reserved"},
	{"255.255.255.255/32", "broadcast"},
	{"64:ff9b::/96", "NAT64, may map to a private IPv4 address"},
	{"64:ff9b:1::/48", "local-use NAT64"},
	{"2002::/16", "6to4, may embed a private IPv4 address"},
}

var parsedBlockedRanges = sync.OnceValue(func() []netip.Prefix {
	out := make([]netip.Prefix, len(blockedRanges))
	for i, r := range blockedRanges {
		out[i] = netip.MustParsePrefix(r.prefix)
	}
	return out
})

// blockedReason says why ip must not be dialled, or "" when it may.
func blockedReason(ip netip.Addr) string {
	ip = ip.Unmap()
	switch {
	case !ip.IsValid():
		return "invalid"
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast():
		return "link-local"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsMulticast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	}
	for i, p := range parsedBlockedRanges() {
		if p.Contains(ip) {
			return blockedRanges[i].reason
		}
	}
	return ""
}

// refusePrivate is a net.Dialer Control function: it runs after the name
// is resolved, on the very address about to be connected to.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrForbidden, err)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: %q is not an IP address", ErrForbidden, host)
	}
	if reason := blockedReason(ip); reason != "" {
		return fmt.Errorf("%w: %s is %s", ErrForbidden, ip, reason)
	}
	return nil
}
