// The one place that touches the graphql-ws library's global (loaded as a classic script from its WebJar).
// `createClient` is undefined when the script failed to load; the live feed then reports it is off.
export const createClient = window.graphqlWs?.createClient;
