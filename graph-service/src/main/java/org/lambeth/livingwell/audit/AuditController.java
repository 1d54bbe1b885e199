package org.lambeth.livingwell.audit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code auditTrail(filter, first, after)} (ADMIN, checked by the @auth directive). */
@Controller
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @QueryMapping
    AuditEntryConnection auditTrail(@Argument AuditFilter filter, @Argument Integer first, @Argument String after) {
        return log.list(filter, first, after);
    }
}
