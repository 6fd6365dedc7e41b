import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { shareFragment, unpackShared } from "../../src/library/shareLink";
import { startingTimeline } from "../../src/library/startingTimeline";

const bundled = readFileSync(`${process.cwd()}/data/events.json`, "utf8");
const payloadOf = (fragment: string) => fragment.slice("t=".length);
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

describe("share links", () => {
  it("carry a timeline's JSON in the fragment and give it back exactly, in base64url", async () => {
    const fragment = await shareFragment(bundled);
    expect(fragment).toMatch(/^t=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(bundled.length);
    expect(await unpackShared(payloadOf(fragment))).toEqual({ ok: true, text: bundled });
    expect(startingTimeline({ hash: `#${fragment}` })).toEqual({ kind: "shared", payload: payloadOf(fragment) });
    // An embed shows what its address says: a share link's timeline too, never the library's.
    expect(startingTimeline({ hash: `#${fragment}`, embed: true })?.kind).toBe("shared");
  });

  it("a damaged fragment is a clear message, never an exception", async () => {
    const fragment = payloadOf(await shareFragment(bundled));
    expect(await unpackShared("")).toMatchObject({ ok: false, message: expect.stringMatching(/is empty/) });
    expect(await unpackShared("abc$%")).toMatchObject({ ok: false, message: expect.stringMatching(/not valid base64url/) });
    expect(await unpackShared(b64url(new TextEncoder().encode("plain text, not compressed")))).toMatchObject({ ok: false, message: expect.stringMatching(/could not be unpacked.*cut short/) });
    expect(await unpackShared(fragment.slice(0, fragment.length / 2))).toMatchObject({ ok: false, message: expect.stringMatching(/cut short/) });
    expect(await unpackShared(b64url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x00]))))).toMatchObject({ ok: false, message: expect.stringMatching(/not UTF-8/) });
  });

  it("a small link that unpacks to more than 20 MB is refused while unpacking", async () => {
    const bomb = b64url(deflateRawSync(Buffer.alloc(25 * 1024 * 1024, 32)));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await unpackShared(bomb)).toMatchObject({ ok: false, message: expect.stringMatching(/more than 20 MB/) });
  });
});
