package fetch

import (
	"errors"
	"net/netip"
	"testing"
)

func TestRefusePrivate(t *testing.T) {
	tests := []struct {
		address string
		refused bool
	}{
		{"127.0.0.1:80", true},
		{"127.8.9.10:443", true},
		{"[::1]:80", true},
		{"10.1.2.3:80", true},
		{"172.16.0.1:80", true},
		{"192.168.1.1:80", true},
		{"169.254.169.254:80", true}, // cloud metadata service
		{"[fe80::1]:80", true},
		{"[fe80::1%eth0]:80", true},
		{"0.0.0.0:80", true},
		{"[::]:80", true},
		{"224.0.0.1:80", true},
		{"[ff02::1]:80", true},
		{"[fc00::1]:80", true},
		{"[::ffff:127.0.0.1]:80", true}, // IPv4-mapped loopback
		{"[::ffff:10.0.0.1]:80", true},
		{"100.64.0.1:80", true},
		{"255.255.255.255:80", true},
		{"[64:ff9b::a00:1]:80", true},
		{"93.184.215.14:80", false},
		{"1.1.1.1:443", false},
		{"[2606:4700:4700::1111]:443", false},
		{"172.32.0.1:80", false}, // just outside 172.16.0.0/12
		{"not-an-ip:80", true},
		{"missing-port", true},
	}
	for _, tt := range tests {
		t.Run(tt.address, func(t *testing.T) {
			err := refusePrivate("tcp", tt.address, nil)
			if tt.refused && !errors.Is(err, ErrForbidden) {
				t.Errorf("refusePrivate(%q) = %v, want ErrForbidden", tt.address, err)
			}
			if !tt.refused && err != nil {
				t.Errorf("refusePrivate(%q) = %v, want nil", tt.address, err)
			}
		})
	}
}

func TestBlockedRangesParse(t *testing.T) {
	for _, r := range blockedRanges {
		if _, err := netip.ParsePrefix(r.prefix); err != nil {
			t.Errorf("%q: %v", r.prefix, err)
		}
		if r.reason == "" {
			t.Errorf("%q has no reason", r.prefix)
		}
	}
}
