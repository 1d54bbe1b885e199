// Reference peer for graph-service/bench/search-benchmark.sh: the query "the 50 nearest assets within 1 km of a
// postcode, with their distance and categories", served by the Neo4j GraphQL Library (@neo4j/graphql) over Apollo
// Server (the library's documented minimal set-up), against the SAME database the service uses: its embedded
// Neo4j, reached over Bolt on 127.0.0.1 as user neo4j with the password the service keeps in its data directory
// (--password-file <data-directory>/neo4j-password, or NEO4J_PASSWORD_FILE).
//
//   npm ci && node server.js --bolt bolt://127.0.0.1:7687 --port 4000
//   (or NEO4J_URI=... PEER_PORT=... node server.js)
//
// Why @cypher: the library's generated `assets(where: {location: {distance: {...}}})` filter can select the assets
// within a distance of a point, but it cannot sort by that distance (its sort takes properties and argument-less
// @cypher fields, never the distance to a point given in the query: neo4j/graphql issue #3900) nor return the
// distance, and it cannot look a postcode up first. A custom Query field with the @cypher directive is the library's
// documented way to run a custom query (https://neo4j.com/docs/graphql/current/directives/custom-logic/); the library
// still translates the selection on the nodes it returns (here the Asset fields and the IN_CATEGORY traversal to
// Category) into the one Cypher statement it sends, as it does for its generated fields.
//
// The search statement does what the service's near search does (queries/.../cypher/asset/search/): the postcode
// lookup of find_postcode.cypher (Postcode.id is the postcode without its space, e.g. SW21RW), then the point index
// on Asset.location sought with point.distance(a.location, centre) <= radius, the service's default visibility
// filter (PUBLIC only: `a.visibility IN $visibility`), ordered by distance then id.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { readFileSync } from "node:fs";

function argument(name, fallback) {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const boltUri = argument("bolt", process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687");
const port = Number(argument("port", process.env.PEER_PORT ?? "4000"));
const passwordFile = argument("password-file", process.env.NEO4J_PASSWORD_FILE);
const auth = passwordFile
    ? neo4j.auth.basic("neo4j", readFileSync(passwordFile, "utf8").trim())
    : neo4j.auth.none();

// The benchmark asks, in one request, for the same as the service's near query (totalCount + 50 edges):
//   query($k: String!) { total: nearbyAssetCount(postcodeKey: $k, radiusMetres: 1000)
//     nearbyAssets(postcodeKey: $k, radiusMetres: 1000, first: 50) {
//       distanceMetres(postcodeKey: $k) id name categories { id name } } }
// `nearbyAssets` returns the Asset nodes nearest first. The distance is a @cypher field on Asset that takes the same
// postcode again: a @cypher field sees only its own arguments and `this`, and a @cypher Query field that returns a
// wrapper type ({distanceMetres, asset}) is not translated by the library (its Asset fields come back null), so
// the peer does one extra unique-index seek (the postcode) per returned asset, inside the same Cypher statement.
const typeDefs = /* GraphQL */ `
    type Category @node {
        id: ID!
        name: String!
    }

    type Asset @node {
        id: ID!
        name: String!
        location: Point
        categories: [Category!]! @relationship(type: "IN_CATEGORY", direction: OUT)
        distanceMetres(postcodeKey: String!): Float
            @cypher(
                statement: """
                MATCH (p:Postcode {id: $postcodeKey})
                RETURN point.distance(this.location, p.location) AS distanceMetres
                """
                columnName: "distanceMetres"
            )
    }

    type Query {
        "How many assets lie within radiusMetres of a postcode (the service's totalCount)."
        nearbyAssetCount(postcodeKey: String!, radiusMetres: Float!, visibility: [String!]! = ["PUBLIC"]): Int!
            @cypher(
                statement: """
                MATCH (p:Postcode {id: $postcodeKey})
                WITH p.location AS centre
                MATCH (a:Asset)
                WHERE point.distance(a.location, centre) <= $radiusMetres AND a.visibility IN $visibility
                RETURN count(a) AS total
                """
                columnName: "total"
            )
        "The first assets within radiusMetres of a postcode (given without its space), nearest first."
        nearbyAssets(postcodeKey: String!, radiusMetres: Float!, first: Int!, visibility: [String!]! = ["PUBLIC"]): [Asset!]!
            @cypher(
                statement: """
                MATCH (p:Postcode {id: $postcodeKey})
                WITH p.location AS centre
                MATCH (a:Asset)
                WHERE point.distance(a.location, centre) <= $radiusMetres AND a.visibility IN $visibility
                WITH a, point.distance(a.location, centre) AS distanceMetres
                ORDER BY distanceMetres, a.id
                LIMIT $first
                RETURN a
                """
                columnName: "a"
            )
    }
`;

const driver = neo4j.driver(boltUri, auth, {
    maxConnectionPoolSize: 100,
    disableLosslessIntegers: true,
});

async function main() {
    await driver.verifyConnectivity();
    const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
    // The library's optional DBMS check (not needed to serve queries): it wants Neo4j >= 5.23 and two APOC
    // functions (used only for authorization rules and some mutations, neither used here). Report, don't stop.
    try {
        await neoSchema.checkNeo4jCompat();
        console.log("checkNeo4jCompat: ok");
    } catch (error) {
        console.log(`checkNeo4jCompat (informational only): ${String(error.message).replaceAll("\n", " | ")}`);
    }
    const server = new ApolloServer({ schema: await neoSchema.getSchema() });
    const { url } = await startStandaloneServer(server, {
        context: async ({ req }) => ({ req }),
        listen: { port, host: "127.0.0.1" },
    });
    console.log(`neo4j-graphql-peer ready at ${url} (Neo4j at ${boltUri})`);
}

async function stop(signal) {
    console.log(`neo4j-graphql-peer: ${signal}, closing`);
    setTimeout(() => process.exit(0), 2000).unref(); // the database may already be gone
    await driver.close().catch(() => {});
    process.exit(0);
}

process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

main().catch(async (error) => {
    console.error(error);
    await driver.close().catch(() => {});
    process.exit(1);
});
