package githubtest

import (
	"encoding/json"
	"fmt"
	"strings"
)

// prune keeps only the given paths of the description and the components
// they reference, directly or not. Loading the pruned document takes a
// fraction of the time and memory the full one does; requests to other
// paths are answered as not implemented anyway.
func prune(data []byte, paths []string) ([]byte, error) {
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	all, _ := doc["paths"].(map[string]any)
	kept := map[string]any{}
	for _, p := range paths {
		item, ok := all[p]
		if !ok {
			return nil, fmt.Errorf("path %s not in description", p)
		}
		kept[p] = item
	}
	doc["paths"] = kept
	doc["components"] = keepReferenced(doc, kept)
	delete(doc, "webhooks")
	return json.Marshal(doc)
}

// keepReferenced returns the components reachable through $ref from root,
// and the security schemes.
func keepReferenced(doc map[string]any, root any) map[string]any {
	comps, _ := doc["components"].(map[string]any)
	out := map[string]any{"securitySchemes": comps["securitySchemes"]}
	seen := map[string]bool{}
	for queue := collectRefs(root, nil); len(queue) > 0; {
		ref := queue[0]
		queue = queue[1:]
		if seen[ref] {
			continue
		}
		seen[ref] = true
		if v := keep(comps, out, ref); v != nil {
			queue = collectRefs(v, queue)
		}
	}
	return out
}

// keep copies the component ref names from comps into out and returns it,
// or nil when ref names no component.
func keep(comps, out map[string]any, ref string) any {
	kind, name, ok := splitRef(ref)
	if !ok {
		return nil
	}
	v := lookup(comps, kind, name)
	if v == nil {
		return nil
	}
	section, _ := out[kind].(map[string]any)
	if section == nil {
		section = map[string]any{}
		out[kind] = section
	}
	section[name] = v
	return v
}

// collectRefs appends every $ref value found under v to refs.
func collectRefs(v any, refs []string) []string {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && k == "$ref" {
				refs = append(refs, s)
				continue
			}
			refs = collectRefs(x, refs)
		}
	case []any:
		for _, x := range v {
			refs = collectRefs(x, refs)
		}
	}
	return refs
}

// splitRef splits "#/components/kind/name" into kind and name.
func splitRef(ref string) (kind, name string, ok bool) {
	rest, ok := strings.CutPrefix(ref, "#/components/")
	if !ok {
		return "", "", false
	}
	kind, name, ok = strings.Cut(rest, "/")
	name = strings.NewReplacer("~1", "/", "~0", "~").Replace(name)
	return kind, name, ok
}

// lookup returns comps[kind][name], or nil.
func lookup(comps map[string]any, kind, name string) any {
	section, _ := comps[kind].(map[string]any)
	return section[name]
}
