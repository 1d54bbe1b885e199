package org.lambeth.livingwell.backup;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A checksum of a graph's content that does not depend on internal ids nor on the order things are read in, so a
 * live database and a backup of it (or the database restored from it) give the same value.
 * <p>
 * Each node is hashed canonically: SHA-256 of {@code {"labels":[sorted],"properties":{sorted keys}}} with the values
 * encoded by {@link ValueCodec} (so a Long 1 and a Double 1.0, or a zone id and its offset, differ). Each relationship
 * is hashed as SHA-256 of {@code {"type":..,"properties":{..},"start":"<start node hash>","end":"<end node hash>"}}.
 * The checksum is the sum of all those hashes modulo 2^256 (a multiset hash), as 64 hex digits. Node hashes are kept
 * by node number (32 bytes a node) to hash the relationships; nothing else is held.
 */
final class GraphChecksum implements GraphVisitor {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HASH = 32;
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private final MessageDigest sha256 = sha256();
    private final ByteArrayOutputStream canonical = new ByteArrayOutputStream(512);
    private byte[] nodeHashes = new byte[HASH * 1024];
    private int nodes;
    private BigInteger sum = BigInteger.ZERO;

    /** The checksum of the live graph. */
    static String of(LiveGraph graph) {
        var checksum = new GraphChecksum();
        graph.read(checksum);
        return checksum.value();
    }

    @Override
    public void node(int number, List<String> labels, Map<String, Object> properties) {
        if (number != nodes) {
            throw new IllegalArgumentException("node " + number + " is out of order: expected node " + nodes);
        }
        var hash = hash(json -> {
            json.writeStartObject();
            ValueCodec.writeLabelsAndProperties(json, labels, properties);
            json.writeEndObject();
        });
        if (nodeHashes.length < (nodes + 1) * HASH) {
            nodeHashes = Arrays.copyOf(nodeHashes, Math.max(nodeHashes.length * 2, (nodes + 1) * HASH));
        }
        System.arraycopy(hash, 0, nodeHashes, nodes * HASH, HASH);
        nodes++;
        add(hash);
    }

    @Override
    public void relationship(int start, int end, String type, Map<String, Object> properties) {
        var startHash = nodeHash(start);
        var endHash = nodeHash(end);
        add(hash(json -> {
            json.writeStartObject();
            json.writeStringProperty("type", type);
            json.writeName("properties");
            ValueCodec.writeProperties(json, properties);
            json.writeStringProperty("start", startHash);
            json.writeStringProperty("end", endHash);
            json.writeEndObject();
        }));
    }

    /** The checksum of what was visited so far. */
    String value() {
        var bytes = sum.mod(MODULUS).toByteArray();
        var fixed = new byte[HASH];
        int copy = Math.min(bytes.length, HASH);
        System.arraycopy(bytes, bytes.length - copy, fixed, HASH - copy, copy);
        return HexFormat.of().formatHex(fixed);
    }

    int nodes() {
        return nodes;
    }

    private String nodeHash(int number) {
        if (number < 0 || number >= nodes) {
            throw new IllegalArgumentException("node " + number + " is not in the graph (" + nodes + " nodes)");
        }
        return HexFormat.of().formatHex(nodeHashes, number * HASH, (number + 1) * HASH);
    }

    private byte[] hash(Consumer<JsonGenerator> content) {
        canonical.reset();
        try (var json = JSON.createGenerator(canonical)) {
            content.accept(json);
        }
        return sha256.digest(canonical.toByteArray());
    }

    private void add(byte[] hash) {
        sum = sum.add(new BigInteger(1, hash));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
