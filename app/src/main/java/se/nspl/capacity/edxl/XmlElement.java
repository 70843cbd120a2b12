package se.nspl.capacity.edxl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a read document, with the path and line that errors name. The path counts
 * repeated siblings from 1 ({@code HospitalStatus/Hospital[2]/…}).
 */
record XmlElement(
        String namespace,
        String name,
        String path,
        int line,
        Map<String, String> attributes,
        List<XmlElement> children,
        StringBuilder text) {

    XmlElement {
        children = children == null ? new ArrayList<>() : children;
        text = text == null ? new StringBuilder() : text;
    }

    /** The children of this name in the HAVE namespace. */
    List<XmlElement> all(String childName) {
        return all(EdxlHave.NAMESPACE, childName);
    }

    List<XmlElement> all(String childNamespace, String childName) {
        return children.stream()
                .filter(c -> c.namespace.equals(childNamespace) && c.name.equals(childName))
                .toList();
    }

    Optional<XmlElement> first(String childName) {
        return all(childName).stream().findFirst();
    }

    Optional<XmlElement> first(String childNamespace, String childName) {
        return all(childNamespace, childName).stream().findFirst();
    }

    String value() {
        return text.toString().strip();
    }

    /** The path a missing child would have. */
    String pathOf(String childName) {
        return path + "/" + childName;
    }
}
