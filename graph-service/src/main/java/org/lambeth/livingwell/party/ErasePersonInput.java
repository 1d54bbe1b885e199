package org.lambeth.livingwell.party;

/** The input of {@code erasePerson}. */
record ErasePersonInput(String id) {

    @Override
    public String toString() {
        return "ErasePersonInput[withheld]";
    }
}
