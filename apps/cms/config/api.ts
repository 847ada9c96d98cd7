export default {
  rest: {
    // Page size when the client asks for none, and the ceiling for any pageSize/limit it asks for
    // (larger values are silently capped to 100, never an error). Listing pages ask for what they show.
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    // An unknown query key (a typo, a probe) is a 400 instead of being silently ignored.
    strictParams: true,
  },
  documents: {
    // The same strictness one level down: bad status/locale values and malformed pagination are
    // a 400 rather than a 500 or a silent default.
    strictParams: true,
  },
};
