/**
 * @jest-environment node
 */
import { backendsVcl } from '../../../../docker/varnish/write-backends.mjs';

/** The generated part of the front's VCL; that it compiles and works is checked by e2e/tests/front.test.ts. */
describe('front-backends.vcl (docker/varnish/write-backends.mjs)', () => {
  it('declares one probed backend per web instance, the round-robin director and the purge ACL', () => {
    const vcl = backendsVcl(['127.0.0.1:3000', 'web-2:3000'], ['127.0.0.1', '172.16.0.0/12']);
    expect(vcl).toContain(
      'backend web_1 {\n    .host = "127.0.0.1";\n    .port = "3000";\n    .probe = web_health;',
    );
    expect(vcl).toContain('backend web_2 {\n    .host = "web-2";\n    .port = "3000";');
    expect(vcl).toContain('acl purgers {\n    "127.0.0.1";\n    "172.16.0.0"/12;\n}');
    expect(vcl).toContain(
      'new web = directors.round_robin();\n    web.add_backend(web_1);\n    web.add_backend(web_2);',
    );
  });

  it('allows purges from loopback only, unless told otherwise', () => {
    expect(backendsVcl(['127.0.0.1:3000'])).toContain('acl purgers {\n    "127.0.0.1";\n    "::1";\n}');
  });

  it.each([
    ['no web instance', [], undefined],
    ['a missing port', ['127.0.0.1'], undefined],
    ['a port out of range', ['127.0.0.1:70000'], undefined],
    ['a host that would break out of the string', ['evil";}:3000'], undefined],
    ['an ACL entry that is not an address', ['127.0.0.1:3000'], ['everyone']],
  ])('refuses %s', (_label, webs, purgers) => {
    expect(() => backendsVcl(webs as string[], purgers)).toThrow(/--web|--purger/);
  });
});
