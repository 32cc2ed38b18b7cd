package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Message;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tribuo.protos.ProtoSerializable;

/** The allow-list names real classes, each where Tribuo writes it, and its rules admit only what they say. */
class TribuoClassAllowListTest {

    @Test
    void everyAllowedClassIsOneThatTribuoWritesInThatRedirectMessage() throws Exception {
        for (Map.Entry<String, Set<String>> redirect : TribuoClassAllowList.REDIRECT_CLASSES.entrySet()) {
            assertTrue(TribuoProtoSchema.type(redirect.getKey()) != null, redirect.getKey());
            if (redirect.getKey().equals("tribuo.common.tree.TreeNodeProto")) {
                continue; // TreeModel reads its nodes itself; the name is never resolved
            }
            for (String name : redirect.getValue()) {
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                assertTrue(ProtoSerializable.class.isAssignableFrom(type), name);
                type.getDeclaredMethod("deserializeFromProto", int.class, String.class, com.google.protobuf.Any.class);
                Method serialize = type.getMethod("serialize");
                Message proto = (Message) serialize.getReturnType().getMethod("getDefaultInstance").invoke(null);
                assertEquals(redirect.getKey(), proto.getDescriptorForType().getFullName(), name);
            }
        }
    }

    @Test
    void everyPrimitiveProvenanceClassExists() throws Exception {
        for (String name : TribuoClassAllowList.PRIMITIVE_PROVENANCE) {
            assertTrue(com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance.class
                    .isAssignableFrom(Class.forName(name, false, getClass().getClassLoader())), name);
        }
    }

    @Test
    void provenanceClassesAreTribuosAndOlcutsConcreteObjectProvenances() {
        assertTrue(TribuoClassAllowList.isProvenanceClass("org.tribuo.provenance.ModelProvenance"));
        assertTrue(TribuoClassAllowList.isProvenanceClass(
                "com.oracle.labs.mlrg.olcut.provenance.impl.ConfiguredObjectProvenanceImpl"));
        assertTrue(TribuoClassAllowList.isProvenanceClass("org.tribuo.data.csv.CSVDataSource$CSVDataSourceProvenance"));
        assertFalse(TribuoClassAllowList.isProvenanceClass("org.tribuo.provenance.OutputProvenance"), "an interface");
        assertFalse(TribuoClassAllowList.isProvenanceClass("org.tribuo.Model"), "not a provenance");
        assertFalse(TribuoClassAllowList.isProvenanceClass("org.tribuo.NoSuchClass"), "absent");
        assertFalse(TribuoClassAllowList.isProvenanceClass("java.io.File"), "outside the namespaces");
    }

    @Test
    void enumClassesAreTribuosAndOlcutsEnums() {
        assertTrue(TribuoClassAllowList.isEnumClass("org.tribuo.common.libsvm.KernelType"));
        assertTrue(TribuoClassAllowList.isEnumClass("org.tribuo.common.nearest.KNNModel$Backend"));
        assertFalse(TribuoClassAllowList.isEnumClass("org.tribuo.Model"), "not an enum");
        assertFalse(TribuoClassAllowList.isEnumClass("java.util.concurrent.TimeUnit"), "outside the namespaces");
    }
}
