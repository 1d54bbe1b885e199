package org.lambeth.livingwell.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The names people get in a network export: "Person 1" to "Person N", numbered in a random order drawn afresh for
 * each export. A pseudonym is therefore stable within one export (every tie of a person names the same element) but
 * says nothing about the person's graph id (demo ids are numbered, so numbering by id would give them away), and two
 * exports cannot be joined on it.
 */
final class Pseudonyms {

    private final Map<String, Integer> numbers;

    private Pseudonyms(Map<String, Integer> numbers) {
        this.numbers = numbers;
    }

    /** Numbers these people (graph ids) 1..N in an order drawn from {@code random}; the input order plays no part. */
    static Pseudonyms draw(Collection<String> personIds, RandomGenerator random) {
        var order = new ArrayList<>(personIds);
        Collections.sort(order);
        Collections.shuffle(order, random);
        var numbers = new HashMap<String, Integer>(order.size() * 2);
        for (int i = 0; i < order.size(); i++) {
            numbers.put(order.get(i), i + 1);
        }
        return new Pseudonyms(numbers);
    }

    /** "Person n" for a person of this export; throws for anyone else. */
    String label(String personId) {
        return "Person " + number(personId);
    }

    /** The element id of a person of this export: "person:n". */
    String elementId(String personId) {
        return "person:" + number(personId);
    }

    boolean knows(String personId) {
        return numbers.containsKey(personId);
    }

    /** n of "Person n"; throws for anyone else. */
    int number(String personId) {
        var number = numbers.get(personId);
        if (number == null) {
            throw new IllegalArgumentException("not a person of this export");
        }
        return number;
    }
}
