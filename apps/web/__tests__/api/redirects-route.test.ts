/**
 * @jest-environment node
 */
import { CmsUnavailableError } from '@newsroom/cms-client';
import { GET } from '@/app/api/redirects/route';
import { cms } from '@/lib/cms';
import { fakeClient } from '../fixtures';

jest.mock('@/lib/cms', () => ({ cms: jest.fn() }));
jest.mock('next/server', () => ({
  ...jest.requireActual('next/server'),
  connection: jest.fn(async () => {}),
}));
const mockedCms = cms as jest.MockedFunction<typeof cms>;
const rule = (from: string, to: string) => ({ documentId: from, from, to });

describe('GET /api/redirects', () => {
  beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('answers the resolved table: chains collapsed, loops left out and named', async () => {
    mockedCms.mockResolvedValue(
      fakeClient({
        listRedirects: jest.fn(async () => [
          rule('/?p=1', '/2024/01/01/one'),
          rule('/2024/01/01/one/', '/en/news/one'),
          rule('/a', '/b'),
          rule('/b', '/a'),
        ]),
      }) as never,
    );
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      redirects: [
        ['/?p=1', '/en/news/one'],
        ['/2024/01/01/one', '/en/news/one'],
      ],
      dropped: ['/a', '/b'],
    });
  });

  it('answers 503 when the CMS cannot be reached (the server keeps its last table)', async () => {
    mockedCms.mockResolvedValue(
      fakeClient({
        listRedirects: jest.fn(async () => Promise.reject(new CmsUnavailableError('down'))),
      }) as never,
    );
    const res = await GET();
    expect(res.status).toBe(503);
  });
});
