package org.lambeth.livingwell.openreferral;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /openreferral/}: which version and profile of Open Referral the feed follows. */
@RestController
class OpenReferralRootController {

    static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile";
    static final String OPENAPI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";

    @GetMapping({"/openreferral", "/openreferral/"})
    Map<String, Object> about() {
        var about = new LinkedHashMap<String, Object>();
        about.put("version", "3.0");
        about.put("profile", PROFILE);
        about.put("openapi_url", OPENAPI);
        return about;
    }
}
