"""No request leaves 127.0.0.1 during the test suite (guard in ``conftest_deepl``)."""

from __future__ import annotations

import socket

import deepl
import pytest
from conftest_deepl import NETWORK, TEST_KEY, NetworkBlocked, is_loopback_host, probing

OUTSIDE = "192.0.2.1"  # TEST-NET-1: documentation addresses, never routed


def test_guard_blocks_a_connection_outside_this_machine():
    with probing(), socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        with pytest.raises(NetworkBlocked, match=OUTSIDE):
            sock.connect((OUTSIDE, 443))
    assert ("socket.connect", OUTSIDE) in NETWORK.probed


def test_guard_blocks_name_resolution_of_the_real_api():
    with probing(), pytest.raises(NetworkBlocked, match="api.deepl.com"):
        socket.getaddrinfo("api.deepl.com", 443)


def test_a_client_without_server_url_cannot_reach_deepl():
    """A key without DEEPL_SERVER_URL goes to the real API: the guard stops it."""
    deepl.http_client.max_network_retries = 0
    client = deepl.DeepLClient(TEST_KEY, send_platform_info=False)
    with probing(), pytest.raises(deepl.ConnectionException, match="tests must stay on 127.0.0.1"):
        client.get_usage()
    assert ("socket.getaddrinfo", "api-free.deepl.com") in NETWORK.probed


def test_guard_observes_loopback_traffic(deepl_server):
    before = len(NETWORK.allowed)
    client = deepl.DeepLClient(TEST_KEY, server_url=deepl_server.url, send_platform_info=False)
    client.get_usage()
    assert ("socket.connect", "127.0.0.1") in NETWORK.allowed[before:]


def test_nothing_but_the_probes_tried_to_leave_so_far():
    assert NETWORK.allowed, "the guard recorded no traffic at all: is conftest_deepl loaded?"
    assert all(is_loopback_host(host) for _event, host in NETWORK.allowed)
    assert NETWORK.blocked == []


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", None])
def test_loopback_hosts(host):
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["192.0.2.1", "10.0.0.1", "api.deepl.com", "0.0.0.0", "::"])
def test_other_hosts(host):
    assert not is_loopback_host(host)
