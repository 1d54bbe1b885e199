package org.lambeth.livingwell.seeds.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Pseudonyms made of a colour or nature word and a bird or tree ("Cobalt Heron"). The first words
 * are deliberately not common given names, so no pseudonym reads as a real person's full name.
 */
final class Pseudonyms {

    static final List<String> FIRST_WORDS = List.of(
            "Azure", "Bracken", "Bramble", "Cinder", "Cobalt", "Copper", "Dappled", "Drizzle", "Dusky",
            "Fennel", "Flint", "Frosty", "Gilded", "Granite", "Hazy", "Indigo", "Lichen", "Meadow",
            "Misty", "Mossy", "Ochre", "Pebble", "Pewter", "Quartz", "Russet", "Saffron", "Slate",
            "Sorrel", "Sunlit", "Teal", "Thistle", "Tidal", "Umber", "Velvet", "Willowy", "Zephyr");

    static final List<String> SECOND_WORDS = List.of(
            "Alder", "Aspen", "Avocet", "Bittern", "Blackbird", "Buzzard", "Chaffinch", "Curlew",
            "Dunnock", "Egret", "Fieldfare", "Goldcrest", "Grebe", "Heron", "Hornbeam", "Kestrel",
            "Kingfisher", "Lapwing", "Larch", "Linnet", "Magpie", "Nuthatch", "Osprey", "Plover",
            "Redwing", "Rowan", "Sandpiper", "Siskin", "Starling", "Sycamore", "Warbler", "Waxwing",
            "Whitebeam", "Wren");

    private Pseudonyms() {
    }

    /**
     * {@code count} distinct pseudonyms in a seeded order. Every word pair is used once before any
     * repeats; repeats get a number ("Cobalt Heron 2").
     */
    static List<String> generate(int count, SplittableRandom random) {
        List<String> pairs = allPairs();
        Draws.shuffle(random, pairs);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int round = i / pairs.size();
            String pair = pairs.get(i % pairs.size());
            names.add(round == 0 ? pair : pair + " " + (round + 1));
        }
        return names;
    }

    private static List<String> allPairs() {
        List<String> pairs = new ArrayList<>(FIRST_WORDS.size() * SECOND_WORDS.size());
        for (String first : FIRST_WORDS) {
            for (String second : SECOND_WORDS) {
                pairs.add(first + " " + second);
            }
        }
        return pairs;
    }
}
