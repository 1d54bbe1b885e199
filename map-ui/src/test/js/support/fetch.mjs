// fetch answered by the test: each call is recorded, and answered by `answer(url, init)` (a Response, or a throw).

/** stubFetch(t, answer) replaces globalThis.fetch for test t (restored after it) and returns the calls made. */
export function stubFetch(t, answer) {
  const calls = [];
  t.mock.method(globalThis, 'fetch', async (url, init) => {
    calls.push({ url, init });
    return answer(url, init);
  });
  return calls;
}

/** A JSON answer, 200 unless told. */
export const json = (body, { status = 200, statusText = '' } = {}) => new Response(JSON.stringify(body), {
  status, statusText, headers: { 'Content-Type': 'application/json' },
});

/** A GraphQL client whose request({ query, variables }) resolves to `data` (or what data(request) gives). */
export function fakeClient(data) {
  const requests = [];
  return {
    requests,
    async request(request) {
      requests.push(request);
      return typeof data === 'function' ? data(request) : data;
    },
  };
}
