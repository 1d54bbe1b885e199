package org.lambeth.livingwell.party;

import graphql.schema.DataFetchingEnvironment;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code erasePerson(input)}. */
@Controller
class ErasureController {

    private final PersonErasure erasure;

    ErasureController(PersonErasure erasure) {
        this.erasure = erasure;
    }

    @MutationMapping
    ErasePersonPayload erasePerson(@Argument ErasePersonInput input, DataFetchingEnvironment env) {
        return erasure.erase(Viewer.of(env), input.id());
    }
}
