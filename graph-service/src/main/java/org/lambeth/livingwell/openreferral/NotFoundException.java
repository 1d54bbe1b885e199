package org.lambeth.livingwell.openreferral;

/** No public object of this kind has this id: answered 404. */
class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    NotFoundException(String kind, String id) {
        super("no " + kind + " with this id", null, false, false);
        this.kind = kind;
        this.id = id.length() <= 100 ? id : id.substring(0, 100) + "...";
    }

    String kind() {
        return kind;
    }

    String id() {
        return id;
    }
}
