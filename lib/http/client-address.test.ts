import { describe, expect, it } from "vitest";
import { clientAddressFrom, PEER_ADDRESS_HEADER } from "./client-address";

const h = (init: Record<string, string>) => new Headers(init);

describe("clientAddressFrom", () => {
  it("uses the TCP peer, never a client-sent X-Forwarded-For, without a trusted proxy", () => {
    expect(
      clientAddressFrom(h({ "x-forwarded-for": "6.6.6.6", [PEER_ADDRESS_HEADER]: "10.0.0.7" }), 0),
    ).toBe("10.0.0.7");
    expect(clientAddressFrom(h({ [PEER_ADDRESS_HEADER]: "::ffff:192.0.2.1" }), 0)).toBe(
      "192.0.2.1",
    );
    expect(clientAddressFrom(h({ "x-forwarded-for": "6.6.6.6" }), 0)).toBe("unknown");
  });

  it("takes the entry the trusted proxies appended, ignoring what the client put before it", () => {
    const headers = h({
      "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2",
      [PEER_ADDRESS_HEADER]: "10.0.0.3",
    });
    expect(clientAddressFrom(headers, 1)).toBe("10.0.0.2");
    expect(clientAddressFrom(headers, 2)).toBe("203.0.113.9");
  });

  it("falls back to the peer when the header is missing or not an address", () => {
    expect(
      clientAddressFrom(h({ "x-forwarded-for": "garbage", [PEER_ADDRESS_HEADER]: "::1" }), 1),
    ).toBe("::1");
    expect(clientAddressFrom(h({ "x-forwarded-for": "[2001:db8::1]:443" }), 1)).toBe("2001:db8::1");
  });
});
