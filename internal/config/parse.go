package config

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// Parse reads a configuration: the defaults, then the settings in data
// over them. Lists in data replace the defaults; maps (sections, rules,
// due_days) add to them. A setting left empty (null) keeps its default;
// an empty file is the defaults. On bad input Parse returns every problem
// found, as Errors.
func Parse(data []byte) (*Config, error) {
	c := Default()
	if len(data) > maxSize {
		return nil, Errors{{Msg: fmt.Sprintf("file is larger than %d bytes", maxSize)}}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, Errors{syntaxError(err)}
	}
	root := documentRoot(&doc)
	if root == nil {
		return c, nil
	}
	d := &decoder{}
	d.config(root, c)
	if len(d.errs) > 0 {
		d.errs.sort()
		return nil, d.errs
	}
	return c, nil
}

// Load reads the configuration in the file at path. A problem with the
// contents comes back as a *FileError naming the path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c, err := Parse(data)
	if errs, ok := err.(Errors); ok {
		return nil, &FileError{Path: path, Errors: errs}
	}
	return c, err
}

// documentRoot returns the top node of the file, or nil for an empty one.
func documentRoot(doc *yaml.Node) *yaml.Node {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	root := resolve(doc.Content[0])
	if isNull(root) {
		return nil
	}
	return root
}

// resolve follows aliases to the node they name.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names a node's type for error messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.ShortTag() {
	case "!!int", "!!float":
		return "a number"
	case "!!bool":
		return "a boolean"
	case "!!null":
		return "nothing"
	case "!!timestamp":
		return "a date"
	}
	return "a string"
}

// Limits on hostile input: configuration files are small, and a file of
// aliases to large mappings could otherwise yield errors without end.
const (
	maxSize   = 1 << 20
	maxErrors = 100
)

// decoder walks the YAML tree, collecting every problem.
type decoder struct {
	errs Errors
}

func (d *decoder) errorf(n *yaml.Node, key, format string, args ...any) {
	if d.full() {
		return
	}
	msg := fmt.Sprintf(format, args...)
	if len(d.errs) == maxErrors-1 {
		msg = "too many problems; stopped here"
	}
	d.errs = append(d.errs, &Error{Line: n.Line, Column: n.Column, Key: key, Msg: msg})
}

// full reports whether the decoder has stopped collecting problems.
func (d *decoder) full() bool { return len(d.errs) >= maxErrors }

// handler decodes the value of one setting; key is its path.
type handler func(v *yaml.Node, key string)

// object decodes a mapping of known settings. Unknown keys are errors;
// null values leave the setting alone.
func (d *decoder) object(n *yaml.Node, key string, fields map[string]handler) {
	known := slices.Sorted(func(yield func(string) bool) {
		for k := range fields {
			if !yield(k) {
				return
			}
		}
	})
	d.entries(n, key, "a mapping of settings", func(k, v *yaml.Node, kp string) {
		h, ok := fields[k.Value]
		if !ok {
			d.errorf(k, kp, "unknown key %q%s", k.Value, hint(k.Value, known))
		} else if !isNull(v) {
			h(v, kp)
		}
	})
}

// entries calls fn for each entry of a mapping, with the entry's path,
// after checking that n is a mapping and the key is not repeated.
func (d *decoder) entries(n *yaml.Node, key, want string, fn func(k, v *yaml.Node, kp string)) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, key, "want %s, got %s", want, describe(n))
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content) && !d.full(); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		kp := join(key, k.Value)
		switch first, dup := seen[k.Value]; {
		case k.Kind != yaml.ScalarNode:
			d.errorf(k, key, "want a name as key, got %s", describe(k))
		case dup:
			d.errorf(k, kp, "repeated key (first at line %d)", first)
		default:
			seen[k.Value] = k.Line
			fn(k, v, kp)
		}
	}
}

// plainKey is a key that needs no quotes, compiled on first use.
var plainKey = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z0-9_]+$`) })

// join appends a key to a path, quoting keys that are not plain words.
func join(path, key string) string {
	if !plainKey().MatchString(key) {
		key = strconv.Quote(key)
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// list calls fn for each item of a sequence, with the item's path.
func (d *decoder) list(n *yaml.Node, key, want string, fn func(item *yaml.Node, ip string)) bool {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, key, "want %s, got %s", want, describe(n))
		return false
	}
	for i, item := range n.Content {
		if d.full() {
			break
		}
		fn(resolve(item), fmt.Sprintf("%s[%d]", key, i))
	}
	return true
}

// check validates and normalizes one string, reporting its own errors.
type check func(s string, n *yaml.Node, key string) (string, bool)

// stringList decodes a list of strings, each passed through ok.
func (d *decoder) stringList(n *yaml.Node, key, want string, ok check) ([]string, bool) {
	out := []string{}
	before := len(d.errs)
	isList := d.list(n, key, want, func(item *yaml.Node, ip string) {
		if s, good := d.str(item, ip, "a string"); good {
			if s, good = ok(s, item, ip); good {
				out = append(out, s)
			}
		}
	})
	return out, isList && len(d.errs) == before
}

// str decodes a scalar as text: strings, and numbers and dates as written.
func (d *decoder) str(n *yaml.Node, key, want string) (string, bool) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() != "!!bool" && n.ShortTag() != "!!null" {
		return n.Value, true
	}
	d.errorf(n, key, "want %s, got %s", want, describe(n))
	return "", false
}

// text decodes a string setting into dst.
func (d *decoder) text(n *yaml.Node, key string, dst *string) {
	if s, ok := d.str(n, key, "a string"); ok {
		*dst = s
	}
}

func (d *decoder) boolean(n *yaml.Node, key string, dst *bool) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		if b, err := strconv.ParseBool(strings.ToLower(n.Value)); err == nil {
			*dst = b
			return
		}
	}
	d.errorf(n, key, "want true or false, got %s", describe(n))
}

func (d *decoder) integer(n *yaml.Node, key, want string) (int, bool) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!int" {
		if v, err := strconv.ParseInt(n.Value, 0, 32); err == nil {
			return int(v), true
		}
		d.errorf(n, key, "number %s out of range", n.Value)
		return 0, false
	}
	d.errorf(n, key, "want %s, got %s", want, describe(n))
	return 0, false
}

// enum decodes one of a few words, without regard to case; what names the
// kind of word for error messages.
func (d *decoder) enum(n *yaml.Node, key, what string, values []string, dst *string) {
	s, ok := d.str(n, key, oneOf(values))
	if !ok {
		return
	}
	v := strings.ToLower(strings.TrimSpace(s))
	if !slices.Contains(values, v) {
		d.errorf(n, key, "unknown %s %q (want %s)", what, s, oneOf(values))
		return
	}
	*dst = v
}

// oneOf returns "a, b or c".
func oneOf(values []string) string {
	if len(values) < 2 {
		return strings.Join(values, "")
	}
	return strings.Join(values[:len(values)-1], ", ") + " or " + values[len(values)-1]
}
