package org.dossier.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagePlannerTest {
    @Test
    void rootLeadsFromAPageToTheSiteRoot() {
        assertEquals("", PagePlanner.rootOf("index.html"));
        assertEquals("../", PagePlanner.rootOf("about/index.html"));
        assertEquals("../../", PagePlanner.rootOf("documents/x/index.html"));
    }
}
