package org.dossier.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on whole sites. */
public final class Snapshots {
    private Snapshots() {
    }

    /** The two sites have the same files with the same bytes; names the first difference. */
    public static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the file lists differ");
        for (var e : expected.entrySet()) {
            byte[] other = actual.get(e.getKey());
            if (!Arrays.equals(e.getValue(), other)) {
                String a = new String(e.getValue(), StandardCharsets.UTF_8);
                String b = new String(other, StandardCharsets.UTF_8);
                int i = 0;
                while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
                    i++;
                }
                int from = Math.max(0, i - 80);
                fail(what + ": " + e.getKey() + " differs at character " + i + ":\n  expected …"
                        + a.substring(from, Math.min(a.length(), i + 80)) + "\n  actual   …" + b.substring(from, Math.min(b.length(), i + 80)));
            }
        }
    }
}
