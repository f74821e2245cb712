import Testing
@testable import GlossaryKit

/// One case of the Mustache spec (https://github.com/mustache/spec): a template rendered with
/// `data` as the root context and `partials` as the other templates of the set.
struct MustacheSpecCase: Sendable, CustomTestStringConvertible {
    var name: String
    var template: String
    var data: TemplateValue
    var partials: [String: String]
    var expected: String

    init(_ name: String, _ template: String, data: TemplateValue = [:], partials: [String: String] = [:], expected: String) {
        self.name = name
        self.template = template
        self.data = data
        self.partials = partials
        self.expected = expected
    }

    var testDescription: String { name }

    /// The name the case's own template gets in the set; no spec partial uses it.
    static let templateName = "spec-case-template"

    /// Renders the case with GlossaryKit's engine.
    func render() throws -> String {
        var sources = partials
        sources[Self.templateName] = template
        let set = try TemplateSet(sources: sources)
        return String(decoding: set.render(Self.templateName, context: data), as: UTF8.self)
    }
}

/// The official spec's cases, written out from interpolation.json, sections.json,
/// inverted.json, comments.json, partials.json, delimiters.json and ~inheritance.json.
/// Lambdas (~lambdas.json) and dynamic names (~dynamic-names.json) are not supported at all
/// and left out; the cases of the listed files that are left out say why where they would be.
enum MustacheSpec {
    static let forbidden: TemplateValue = ["forbidden": "& \" < >"]

    static let interpolation: [MustacheSpecCase] = [
        .init("No Interpolation", "Hello from {Mustache}!\n", expected: "Hello from {Mustache}!\n"),
        .init("Basic Interpolation", "Hello, {{subject}}!\n", data: ["subject": "world"], expected: "Hello, world!\n"),
        .init(
            "No Re-interpolation", "{{template}}: {{planet}}", data: ["template": "{{planet}}", "planet": "Earth"],
            expected: "{{planet}}: Earth"),
        .init(
            "HTML Escaping", "These characters should be HTML escaped: {{forbidden}}\n", data: forbidden,
            expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
        .init(
            "Triple Mustache", "These characters should not be HTML escaped: {{{forbidden}}}\n", data: forbidden,
            expected: "These characters should not be HTML escaped: & \" < >\n"),
        .init(
            "Ampersand", "These characters should not be HTML escaped: {{&forbidden}}\n", data: forbidden,
            expected: "These characters should not be HTML escaped: & \" < >\n"),
        .init("Basic Integer Interpolation", "\"{{mph}} miles an hour!\"", data: ["mph": 85], expected: "\"85 miles an hour!\""),
        .init(
            "Triple Mustache Integer Interpolation", "\"{{{mph}}} miles an hour!\"", data: ["mph": 85],
            expected: "\"85 miles an hour!\""),
        .init(
            "Ampersand Integer Interpolation", "\"{{&mph}} miles an hour!\"", data: ["mph": 85],
            expected: "\"85 miles an hour!\""),
        // "Basic Decimal Interpolation" (and its triple/ampersand variants): not supported,
        // TemplateValue has no floating-point case.
        .init("Basic Null Interpolation", "I ({{cannot}}) be seen!", data: ["cannot": .null], expected: "I () be seen!"),
        .init("Triple Mustache Null Interpolation", "I ({{{cannot}}}) be seen!", data: ["cannot": .null], expected: "I () be seen!"),
        .init("Ampersand Null Interpolation", "I ({{&cannot}}) be seen!", data: ["cannot": .null], expected: "I () be seen!"),
        .init("Basic Context Miss Interpolation", "I ({{cannot}}) be seen!", expected: "I () be seen!"),
        .init("Triple Mustache Context Miss Interpolation", "I ({{{cannot}}}) be seen!", expected: "I () be seen!"),
        .init("Ampersand Context Miss Interpolation", "I ({{&cannot}}) be seen!", expected: "I () be seen!"),
        .init(
            "Dotted Names - Basic Interpolation", "\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"",
            data: ["person": ["name": "Joe"]], expected: "\"Joe\" == \"Joe\""),
        .init(
            "Dotted Names - Triple Mustache Interpolation", "\"{{{person.name}}}\" == \"{{#person}}{{{name}}}{{/person}}\"",
            data: ["person": ["name": "Joe"]], expected: "\"Joe\" == \"Joe\""),
        .init(
            "Dotted Names - Ampersand Interpolation", "\"{{&person.name}}\" == \"{{#person}}{{&name}}{{/person}}\"",
            data: ["person": ["name": "Joe"]], expected: "\"Joe\" == \"Joe\""),
        .init(
            "Dotted Names - Arbitrary Depth", "\"{{a.b.c.d.e.name}}\" == \"Phil\"",
            data: ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]]], expected: "\"Phil\" == \"Phil\""),
        .init("Dotted Names - Broken Chains", "\"{{a.b.c}}\" == \"\"", data: ["a": [:]], expected: "\"\" == \"\""),
        .init(
            "Dotted Names - Broken Chain Resolution", "\"{{a.b.c.name}}\" == \"\"",
            data: ["a": ["b": [:]], "c": ["name": "Jim"]], expected: "\"\" == \"\""),
        .init(
            "Dotted Names - Initial Resolution", "\"{{#a}}{{b.c.d.e.name}}{{/a}}\" == \"Phil\"",
            data: [
                "a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]],
                "b": ["c": ["d": ["e": ["name": "Wrong"]]]],
            ],
            expected: "\"Phil\" == \"Phil\""),
        .init(
            "Dotted Names - Context Precedence", "{{#a}}{{b.c}}{{/a}}", data: ["a": ["b": [:]], "b": ["c": "ERROR"]],
            expected: ""),
        .init("Dotted Names are never single keys", "{{a.b}}", data: ["a.b": "c"], expected: ""),
        .init("Dotted Names - No Masking", "{{a.b}}", data: ["a.b": "c", "a": ["b": "d"]], expected: "d"),
        .init("Implicit Iterators - Basic Interpolation", "Hello, {{.}}!\n", data: "world", expected: "Hello, world!\n"),
        .init(
            "Implicit Iterators - HTML Escaping", "These characters should be HTML escaped: {{.}}\n", data: "& \" < >",
            expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
        .init(
            "Implicit Iterators - Triple Mustache", "These characters should not be HTML escaped: {{{.}}}\n",
            data: "& \" < >", expected: "These characters should not be HTML escaped: & \" < >\n"),
        .init(
            "Implicit Iterators - Ampersand", "These characters should not be HTML escaped: {{&.}}\n", data: "& \" < >",
            expected: "These characters should not be HTML escaped: & \" < >\n"),
        .init(
            "Implicit Iterators - Basic Integer Interpolation", "\"{{.}} miles an hour!\"", data: 85,
            expected: "\"85 miles an hour!\""),
        .init("Interpolation - Surrounding Whitespace", "| {{string}} |", data: ["string": "---"], expected: "| --- |"),
        .init("Triple Mustache - Surrounding Whitespace", "| {{{string}}} |", data: ["string": "---"], expected: "| --- |"),
        .init("Ampersand - Surrounding Whitespace", "| {{&string}} |", data: ["string": "---"], expected: "| --- |"),
        .init("Interpolation - Standalone", "  {{string}}\n", data: ["string": "---"], expected: "  ---\n"),
        .init("Triple Mustache - Standalone", "  {{{string}}}\n", data: ["string": "---"], expected: "  ---\n"),
        .init("Ampersand - Standalone", "  {{&string}}\n", data: ["string": "---"], expected: "  ---\n"),
        .init("Interpolation With Padding", "|{{ string }}|", data: ["string": "---"], expected: "|---|"),
        .init("Triple Mustache With Padding", "|{{{ string }}}|", data: ["string": "---"], expected: "|---|"),
        .init("Ampersand With Padding", "|{{& string }}|", data: ["string": "---"], expected: "|---|"),
    ]

    static let deeplyNestedTemplate = """
        {{#a}}
        {{one}}
        {{#b}}
        {{one}}{{two}}{{one}}
        {{#c}}
        {{one}}{{two}}{{three}}{{two}}{{one}}
        {{#d}}
        {{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}
        {{#five}}
        {{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}
        {{one}}{{two}}{{three}}{{four}}{{.}}6{{.}}{{four}}{{three}}{{two}}{{one}}
        {{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}
        {{/five}}
        {{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}
        {{/d}}
        {{one}}{{two}}{{three}}{{two}}{{one}}
        {{/c}}
        {{one}}{{two}}{{one}}
        {{/b}}
        {{one}}
        {{/a}}

        """

    static let deeplyNestedExpected = """
        1
        121
        12321
        1234321
        123454321
        12345654321
        123454321
        1234321
        12321
        121
        1

        """

    static let sections: [MustacheSpecCase] = [
        .init(
            "Truthy", "\"{{#boolean}}This should be rendered.{{/boolean}}\"", data: ["boolean": true],
            expected: "\"This should be rendered.\""),
        .init("Falsey", "\"{{#boolean}}This should not be rendered.{{/boolean}}\"", data: ["boolean": false], expected: "\"\""),
        .init("Null is falsey", "\"{{#null}}This should not be rendered.{{/null}}\"", data: ["null": .null], expected: "\"\""),
        .init("Context", "\"{{#context}}Hi {{name}}.{{/context}}\"", data: ["context": ["name": "Joe"]], expected: "\"Hi Joe.\""),
        .init(
            "Parent contexts", "\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"",
            data: ["a": "foo", "b": "wrong", "sec": ["b": "bar"], "c": ["d": "baz"]], expected: "\"foo, bar, baz\""),
        .init("Variable test", "\"{{#foo}}{{.}} is {{foo}}{{/foo}}\"", data: ["foo": "bar"], expected: "\"bar is bar\""),
        .init(
            "List Context",
            "{{#tops}}{{#middles}}{{tname.lower}}{{mname}}.{{#bottoms}}{{tname.upper}}{{mname}}{{bname}}.{{/bottoms}}{{/middles}}{{/tops}}",
            data: [
                "tops": [[
                    "tname": ["upper": "A", "lower": "a"],
                    "middles": [["mname": "1", "bottoms": [["bname": "x"], ["bname": "y"]]]],
                ]]
            ],
            expected: "a1.A1x.A1y."),
        .init(
            "Deeply Nested Contexts", deeplyNestedTemplate,
            data: ["a": ["one": 1], "b": ["two": 2], "c": ["three": 3, "d": ["four": 4, "five": 5]]],
            expected: deeplyNestedExpected),
        .init("List", "\"{{#list}}{{item}}{{/list}}\"", data: ["list": [["item": 1], ["item": 2], ["item": 3]]], expected: "\"123\""),
        .init("Empty List", "\"{{#list}}Yay lists!{{/list}}\"", data: ["list": []], expected: "\"\""),
        .init(
            "Doubled", "{{#bool}}\n* first\n{{/bool}}\n* {{two}}\n{{#bool}}\n* third\n{{/bool}}\n",
            data: ["bool": true, "two": "second"], expected: "* first\n* second\n* third\n"),
        .init(
            "Nested (Truthy)", "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", data: ["bool": true],
            expected: "| A B C D E |"),
        .init("Nested (Falsey)", "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", data: ["bool": false], expected: "| A  E |"),
        .init("Context Misses", "[{{#missing}}Found key 'missing'!{{/missing}}]", expected: "[]"),
        .init(
            "Implicit Iterator - String", "\"{{#list}}({{.}}){{/list}}\"", data: ["list": ["a", "b", "c", "d", "e"]],
            expected: "\"(a)(b)(c)(d)(e)\""),
        .init(
            "Implicit Iterator - Integer", "\"{{#list}}({{.}}){{/list}}\"", data: ["list": [1, 2, 3, 4, 5]],
            expected: "\"(1)(2)(3)(4)(5)\""),
        // "Implicit Iterator - Decimal": not supported, TemplateValue has no floating point.
        .init(
            "Implicit Iterator - Array", "\"{{#list}}({{#.}}{{.}}{{/.}}){{/list}}\"",
            data: ["list": [[1, 2, 3], ["a", "b", "c"]]], expected: "\"(123)(abc)\""),
        .init(
            "Implicit Iterator - HTML Escaping", "\"{{#list}}({{.}}){{/list}}\"", data: ["list": ["&", "\"", "<", ">"]],
            expected: "\"(&amp;)(&quot;)(&lt;)(&gt;)\""),
        .init(
            "Implicit Iterator - Triple mustache", "\"{{#list}}({{{.}}}){{/list}}\"", data: ["list": ["&", "\"", "<", ">"]],
            expected: "\"(&)(\")(<)(>)\""),
        .init(
            "Implicit Iterator - Ampersand", "\"{{#list}}({{&.}}){{/list}}\"", data: ["list": ["&", "\"", "<", ">"]],
            expected: "\"(&)(\")(<)(>)\""),
        .init(
            "Implicit Iterator - Root-level", "\"{{#.}}({{value}}){{/.}}\"", data: [["value": "a"], ["value": "b"]],
            expected: "\"(a)(b)\""),
        .init(
            "Dotted Names - Truthy", "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"Here\"", data: ["a": ["b": ["c": true]]],
            expected: "\"Here\" == \"Here\""),
        .init(
            "Dotted Names - Falsey", "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"", data: ["a": ["b": ["c": false]]],
            expected: "\"\" == \"\""),
        .init(
            "Dotted Names - Broken Chains", "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"", data: ["a": [:]],
            expected: "\"\" == \"\""),
        .init(
            "Surrounding Whitespace", " | {{#boolean}}\t|\t{{/boolean}} | \n", data: ["boolean": true],
            expected: " | \t|\t | \n"),
        .init(
            "Internal Whitespace", " | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n", data: ["boolean": true],
            expected: " |  \n  | \n"),
        .init(
            "Indented Inline Sections", " {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n", data: ["boolean": true],
            expected: " YES\n GOOD\n"),
        .init(
            "Standalone Lines", "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", data: ["boolean": true],
            expected: "| This Is\n|\n| A Line\n"),
        .init(
            "Indented Standalone Lines", "| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n", data: ["boolean": true],
            expected: "| This Is\n|\n| A Line\n"),
        .init("Standalone Line Endings", "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", data: ["boolean": true], expected: "|\r\n|"),
        .init("Standalone Without Previous Line", "  {{#boolean}}\n#{{/boolean}}\n/", data: ["boolean": true], expected: "#\n/"),
        .init("Standalone Without Newline", "#{{#boolean}}\n/\n  {{/boolean}}", data: ["boolean": true], expected: "#\n/\n"),
        .init("Padding", "|{{# boolean }}={{/ boolean }}|", data: ["boolean": true], expected: "|=|"),
    ]

    static let inverted: [MustacheSpecCase] = [
        .init(
            "Falsey", "\"{{^boolean}}This should be rendered.{{/boolean}}\"", data: ["boolean": false],
            expected: "\"This should be rendered.\""),
        .init("Truthy", "\"{{^boolean}}This should not be rendered.{{/boolean}}\"", data: ["boolean": true], expected: "\"\""),
        .init(
            "Null is falsey", "\"{{^null}}This should be rendered.{{/null}}\"", data: ["null": .null],
            expected: "\"This should be rendered.\""),
        .init("Context", "\"{{^context}}Hi {{name}}.{{/context}}\"", data: ["context": ["name": "Joe"]], expected: "\"\""),
        .init("List", "\"{{^list}}{{n}}{{/list}}\"", data: ["list": [["n": 1], ["n": 2], ["n": 3]]], expected: "\"\""),
        .init("Empty List", "\"{{^list}}Yay lists!{{/list}}\"", data: ["list": []], expected: "\"Yay lists!\""),
        .init(
            "Doubled", "{{^bool}}\n* first\n{{/bool}}\n* {{two}}\n{{^bool}}\n* third\n{{/bool}}\n",
            data: ["bool": false, "two": "second"], expected: "* first\n* second\n* third\n"),
        .init(
            "Nested (Falsey)", "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |", data: ["bool": false],
            expected: "| A B C D E |"),
        .init("Nested (Truthy)", "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |", data: ["bool": true], expected: "| A  E |"),
        .init("Context Misses", "[{{^missing}}Found key 'missing'!{{/missing}}]", expected: "[Found key 'missing'!]"),
        .init(
            "Dotted Names - Truthy", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"\"", data: ["a": ["b": ["c": true]]],
            expected: "\"\" == \"\""),
        .init(
            "Dotted Names - Falsey", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"", data: ["a": ["b": ["c": false]]],
            expected: "\"Not Here\" == \"Not Here\""),
        .init(
            "Dotted Names - Broken Chains", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"", data: ["a": [:]],
            expected: "\"Not Here\" == \"Not Here\""),
        .init(
            "Surrounding Whitespace", " | {{^boolean}}\t|\t{{/boolean}} | \n", data: ["boolean": false],
            expected: " | \t|\t | \n"),
        .init(
            "Internal Whitespace", " | {{^boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n", data: ["boolean": false],
            expected: " |  \n  | \n"),
        .init(
            "Indented Inline Sections", " {{^boolean}}NO{{/boolean}}\n {{^boolean}}WAY{{/boolean}}\n", data: ["boolean": false],
            expected: " NO\n WAY\n"),
        .init(
            "Standalone Lines", "| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n", data: ["boolean": false],
            expected: "| This Is\n|\n| A Line\n"),
        .init(
            "Standalone Indented Lines", "| This Is\n  {{^boolean}}\n|\n  {{/boolean}}\n| A Line\n", data: ["boolean": false],
            expected: "| This Is\n|\n| A Line\n"),
        .init("Standalone Line Endings", "|\r\n{{^boolean}}\r\n{{/boolean}}\r\n|", data: ["boolean": false], expected: "|\r\n|"),
        .init("Standalone Without Previous Line", "  {{^boolean}}\n^{{/boolean}}\n/", data: ["boolean": false], expected: "^\n/"),
        .init("Standalone Without Newline", "^{{^boolean}}\n/\n  {{/boolean}}", data: ["boolean": false], expected: "^\n/\n"),
        .init("Padding", "|{{^ boolean }}={{/ boolean }}|", data: ["boolean": false], expected: "|=|"),
    ]

    static let comments: [MustacheSpecCase] = [
        .init("Inline", "12345{{! Comment Block! }}67890", expected: "1234567890"),
        .init("Multiline", "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", expected: "1234567890\n"),
        .init("Standalone", "Begin.\n{{! Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        .init("Indented Standalone", "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        .init("Standalone Line Endings", "|\r\n{{! Standalone Comment }}\r\n|", expected: "|\r\n|"),
        .init("Standalone Without Previous Line", "  {{! I'm Still Standalone }}\n!", expected: "!"),
        .init("Standalone Without Newline", "!\n  {{! I'm Still Standalone }}", expected: "!\n"),
        .init("Multiline Standalone", "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        .init(
            "Indented Multiline Standalone", "Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n",
            expected: "Begin.\nEnd.\n"),
        .init("Indented Inline", "  12 {{! 34 }}\n", expected: "  12 \n"),
        .init("Surrounding Whitespace", "12345 {{! Comment Block! }} 67890", expected: "12345  67890"),
        .init(
            "Variable Name Collision", "comments never show: >{{! comment }}<",
            data: ["! comment": 1, "! comment ": 2, "!comment": 3, "comment": 4], expected: "comments never show: ><"),
    ]

    static let partials: [MustacheSpecCase] = [
        .init("Basic Behavior", "\"{{>text}}\"", partials: ["text": "from partial"], expected: "\"from partial\""),
        .init("Failed Lookup", "\"{{>text}}\"", expected: "\"\""),
        .init("Context", "\"{{>partial}}\"", data: ["text": "content"], partials: ["partial": "*{{text}}*"], expected: "\"*content*\""),
        .init(
            "Recursion", "{{>node}}",
            data: ["content": "X", "nodes": [["content": "Y", "nodes": []]]],
            partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"], expected: "X<Y<>>"),
        .init(
            "Nested", "{{>outer}}", data: ["a": "hello", "b": "world"],
            partials: ["outer": "*{{a}} {{>inner}}*", "inner": "{{b}}!"], expected: "*hello world!*"),
        .init("Surrounding Whitespace", "| {{>partial}} |", partials: ["partial": "\t|\t"], expected: "| \t|\t |"),
        .init(
            "Inline Indentation", "  {{data}}  {{> partial}}\n", data: ["data": "|"], partials: ["partial": ">\n>"],
            expected: "  |  >\n>\n"),
        .init("Standalone Line Endings", "|\r\n{{>partial}}\r\n|", partials: ["partial": ">"], expected: "|\r\n>|"),
        .init("Standalone Without Previous Line", "  {{>partial}}\n>", partials: ["partial": ">\n>"], expected: "  >\n  >>"),
        .init("Standalone Without Newline", ">\n  {{>partial}}", partials: ["partial": ">\n>"], expected: ">\n  >\n  >"),
        .init(
            "Standalone Indentation", "\\\n {{>partial}}\n/\n", data: ["content": "<\n->"],
            partials: ["partial": "|\n{{{content}}}\n|\n"], expected: "\\\n |\n <\n->\n |\n/\n"),
        .init("Padding Whitespace", "|{{> partial }}|", data: ["boolean": true], partials: ["partial": "[]"], expected: "|[]|"),
    ]

    static let delimiters: [MustacheSpecCase] = [
        .init("Pair Behavior", "{{=<% %>=}}(<%text%>)", data: ["text": "Hey!"], expected: "(Hey!)"),
        .init("Special Characters", "({{=[ ]=}}[text])", data: ["text": "It worked!"], expected: "(It worked!)"),
        .init(
            "Sections",
            "[\n{{#section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|#section|\n  {{data}}\n  |data|\n|/section|\n]\n",
            data: ["section": true, "data": "I got interpolated."],
            expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
        .init(
            "Inverted Sections",
            "[\n{{^section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|^section|\n  {{data}}\n  |data|\n|/section|\n]\n",
            data: ["section": false, "data": "I got interpolated."],
            expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
        .init(
            "Partial Inheritence", "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n", data: ["value": "yes"],
            partials: ["include": ".{{value}}."], expected: "[ .yes. ]\n[ .yes. ]\n"),
        .init(
            "Post-Partial Behavior", "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n", data: ["value": "yes"],
            partials: ["include": ".{{value}}. {{= | | =}} .|value|."],
            expected: "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n"),
        .init("Surrounding Whitespace", "| {{=@ @=}} |", expected: "|  |"),
        .init("Outlying Whitespace (Inline)", " | {{=@ @=}}\n", expected: " | \n"),
        .init("Standalone Tag", "Begin.\n{{=@ @=}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        .init("Indented Standalone Tag", "Begin.\n  {{=@ @=}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        .init("Standalone Line Endings", "|\r\n{{= @ @ =}}\r\n|", expected: "|\r\n|"),
        .init("Standalone Without Previous Line", "  {{=@ @=}}\n=", expected: "="),
        .init("Standalone Without Newline", "=\n  {{=@ @=}}", expected: "=\n"),
        .init("Pair with Padding", "|{{= @   @ =}}|", expected: "||"),
    ]

    static let inheritance: [MustacheSpecCase] = [
        .init("Default", "{{$title}}Default title{{/title}}\n", expected: "Default title\n"),
        .init("Variable", "{{$foo}}default {{bar}} content{{/foo}}\n", data: ["bar": "baz"], expected: "default baz content\n"),
        .init(
            "Triple Mustache", "{{$foo}}default {{{bar}}} content{{/foo}}\n", data: ["bar": "<baz>"],
            expected: "default <baz> content\n"),
        .init(
            "Sections", "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n", data: ["bar": ["baz": "qux"]],
            expected: "default qux content\n"),
        .init(
            "Negative Sections", "{{$foo}}default {{^bar}}{{baz}}{{/bar}} content{{/foo}}\n", data: ["baz": "three"],
            expected: "default three content\n"),
        .init(
            "Mustache Injection", "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n",
            data: ["bar": ["baz": "{{qux}}"]], expected: "default {{qux}} content\n"),
        .init("Inherit", "{{<include}}{{/include}}", partials: ["include": "{{$foo}}default content{{/foo}}"], expected: "default content"),
        .init(
            "Overridden content", "{{<super}}{{$title}}sub template title{{/title}}{{/super}}",
            partials: ["super": "...{{$title}}Default title{{/title}}..."], expected: "...sub template title..."),
        .init(
            "Data does not override block", "{{<include}}{{$var}}var in template{{/var}}{{/include}}",
            data: ["var": "var in data"], partials: ["include": "{{$var}}var in include{{/var}}"], expected: "var in template"),
        .init(
            "Data does not override block default", "{{<include}}{{/include}}", data: ["var": "var in data"],
            partials: ["include": "{{$var}}var in include{{/var}}"], expected: "var in include"),
        .init(
            "Overridden parent", "test {{<parent}}{{$stuff}}override{{/stuff}}{{/parent}}",
            partials: ["parent": "{{$stuff}}...{{/stuff}}"], expected: "test override"),
        .init(
            "Two overridden parents",
            "test {{<parent}}{{$stuff}}override1{{/stuff}}{{/parent}} {{<parent}}{{$stuff}}override2{{/stuff}}{{/parent}}\n",
            partials: ["parent": "|{{$stuff}}...{{/stuff}}{{$default}} default{{/default}}|"],
            expected: "test |override1 default| |override2 default|\n"),
        .init(
            "Override parent with newlines", "{{<parent}}{{$ballmer}}\npeaked\n\n:(\n{{/ballmer}}{{/parent}}",
            partials: ["parent": "{{$ballmer}}peaking{{/ballmer}}"], expected: "peaked\n\n:(\n"),
        .init(
            "Inherit indentation", "{{<parent}}{{$nineties}}hammer time{{/nineties}}{{/parent}}",
            partials: ["parent": "stop:\n  {{$nineties}}collaborate and listen{{/nineties}}\n"], expected: "stop:\n  hammer time\n"),
        .init(
            "Only one override", "{{<parent}}{{$stuff2}}override two{{/stuff2}}{{/parent}}",
            partials: ["parent": "{{$stuff}}new default one{{/stuff}}, {{$stuff2}}new default two{{/stuff2}}"],
            expected: "new default one, override two"),
        .init(
            "Parent template", "{{>parent}}|{{<parent}}{{/parent}}", partials: ["parent": "{{$foo}}default content{{/foo}}"],
            expected: "default content|default content"),
        .init(
            "Recursion", "{{<parent}}{{$foo}}override{{/foo}}{{/parent}}",
            partials: [
                "parent": "{{$foo}}default content{{/foo}} {{$bar}}{{<parent2}}{{/parent2}}{{/bar}}",
                "parent2": "{{$foo}}parent2 default content{{/foo}} {{<parent}}{{$bar}}don't recurse{{/bar}}{{/parent}}",
            ],
            expected: "override override override don't recurse"),
        .init(
            "Multi-level inheritance", "{{<parent}}{{$a}}c{{/a}}{{/parent}}",
            partials: [
                "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
                "grandParent": "{{$a}}g{{/a}}",
            ],
            expected: "c"),
        .init(
            "Multi-level inheritance, no sub child", "{{<parent}}{{/parent}}",
            partials: [
                "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
                "grandParent": "{{$a}}g{{/a}}",
            ],
            expected: "p"),
        .init(
            "Text inside parent", "{{<include}} asdfasd {{$foo}}hmm{{/foo}} asdfasdfasdf {{/include}}",
            partials: ["include": "{{$foo}}default content{{/foo}}"], expected: "hmm"),
        .init(
            "Text inside parent, no block", "{{<include}} asdfasd asdfasdfasdf {{/include}}",
            partials: ["include": "{{$foo}}default content{{/foo}}"], expected: "default content"),
        .init(
            "Block scope", "{{<parent}}{{$block}}I say {{fruit}}.{{/block}}{{/parent}}",
            data: ["fruit": "apples", "nested": ["fruit": "bananas"]],
            partials: ["parent": "{{#nested}}{{$block}}You say {{fruit}}.{{/block}}{{/nested}}"], expected: "I say bananas."),
    ]

    /// ~inheritance cases that indent the content of a standalone parent or block tag, as the
    /// spec asks. Not supported: the engine indents only standalone partials; here the tag
    /// lines are removed and the content lands at column 0 ("Hi,\none\ntwo\n" and
    /// "Hi,\none\ntwo"). The related cases "Block reindentation", "Intrinsic indentation" and
    /// "Nested block reindentation" are left out for the same reason.
    static let inheritanceIndentation: [MustacheSpecCase] = [
        .init(
            "Standalone parent", "Hi,\n  {{<parent}}{{/parent}}\n", partials: ["parent": "one\ntwo\n"],
            expected: "Hi,\n  one\n  two\n"),
        .init(
            "Standalone block", "{{<parent}}{{$block}}\none\ntwo{{/block}}\n{{/parent}}\n",
            partials: ["parent": "Hi,\n  {{$block}}{{/block}}\n"], expected: "Hi,\n  one\n  two\n"),
    ]
}

/// Cases of the deliberate choices of glossary's engine and of mustache.js whitespace rules
/// that the spec files do not cover.
enum GlossaryTemplateCases {
    static let choices: [MustacheSpecCase] = [
        .init(
            "escapes & \" < > ' (apostrophe as &#39;)", "{{x}}", data: ["x": "& \" < > ' Tom's"],
            expected: "&amp; &quot; &lt; &gt; &#39; Tom&#39;s"),
        .init("triple mustache does not escape the apostrophe", "{{{x}}}|{{&x}}", data: ["x": "' \""], expected: "' \"|' \""),
        .init("non-ASCII text passes through", "héllo {{x}} 😀 {{y}}", data: ["x": "wörld", "y": "<ü>"], expected: "héllo wörld 😀 &lt;ü&gt;"),
        .init("the empty string is falsy", "{{#s}}yes{{/s}}{{^s}}no{{/s}}", data: ["s": ""], expected: "no"),
        .init("a non-empty string is truthy and becomes the context", "{{#s}}[{{.}}]{{/s}}{{^s}}no{{/s}}", data: ["s": "x"], expected: "[x]"),
        .init("zero is truthy", "{{#n}}yes {{.}}{{/n}}{{^n}}no{{/n}}", data: ["n": 0], expected: "yes 0"),
        .init("an empty object is truthy", "{{#o}}yes{{/o}}{{^o}}no{{/o}}", data: ["o": [:]], expected: "yes"),
        .init("a list interpolates as its items joined by \", \"", "{{list}}", data: ["list": ["a", "b", "c"]], expected: "a, b, c"),
        .init("list items are escaped", "{{list}}", data: ["list": ["<a>", "&"]], expected: "&lt;a&gt;, &amp;"),
        .init("list items are not escaped in a triple mustache", "{{{list}}}", data: ["list": ["<a>", "&"]], expected: "<a>, &"),
        .init("a list of integers", "{{list}}", data: ["list": [1, 2]], expected: "1, 2"),
        .init("an empty list interpolates as nothing", "[{{list}}]", data: ["list": []], expected: "[]"),
        .init("booleans interpolate as true and false", "{{t}} {{f}}", data: ["t": true, "f": false], expected: "true false"),
        .init("an object interpolates as nothing", "[{{o}}]", data: ["o": ["a": 1]], expected: "[]"),
        .init("missing names render nothing", "[{{nope}}][{{{nope}}}][{{&nope}}][{{a.nope}}][{{nope.a}}]", data: ["a": [:]], expected: "[][][][][]"),
        .init("a dotted name through a non-object renders nothing", "[{{s.length}}][{{list.0}}]", data: ["s": "abc", "list": ["x"]], expected: "[][]"),
        .init(
            "a null member stops the lookup through the stack", "{{#a}}[{{b}}]{{/a}}", data: ["a": ["b": .null], "b": "outer"],
            expected: "[]"),
        .init(
            "a section over an object pushes it; outer names stay visible", "{{#o}}{{x}}-{{y}}{{/o}}",
            data: ["o": ["x": "inner"], "y": "outer"], expected: "inner-outer"),
        .init("a section over a missing name renders nothing", "a{{#nope}}b{{/nope}}c", expected: "ac"),
        .init(
            "a line of several non-variable tags is standalone", "A\n  {{#t}}{{! c }}{{/t}}  \nB", data: ["t": true],
            expected: "A\nB"),
        .init(
            "a variable tag keeps its line", "A\n  {{#t}}{{x}}{{/t}}\nB", data: ["t": true, "x": ""], expected: "A\n  \nB"),
        .init(
            "standalone lines inside a list section", "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n",
            data: ["items": ["a", "b"]], expected: "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n"),
        .init(
            "triple mustache and ampersand with changed delimiters", "{{=<% %>=}}<%{x}%> <%&x%> <%x%>", data: ["x": "<b>"],
            expected: "<b> <b> &lt;b&gt;"),
        .init(
            "delimiters are reset in a partial", "{{=<% %>=}}<%> p%>|<%x%>", data: ["x": "X"], partials: ["p": "{{x}}<%x%>"],
            expected: "X<%x%>|X"),
        .init(
            "a standalone partial inside a list section is indented per item",
            "<ul>\n  {{#items}}\n  {{>li}}\n  {{/items}}\n</ul>\n", data: ["items": ["a", "b"]],
            partials: ["li": "<li>\n  {{.}}\n</li>\n"], expected: "<ul>\n  <li>\n    a\n  </li>\n  <li>\n    b\n  </li>\n</ul>\n"),
        .init(
            "indentation of nested standalone partials adds up", "<\n {{>outer}}\n>",
            partials: ["outer": "o\n  {{>inner}}\n", "inner": "i1\ni2\n"], expected: "<\n o\n   i1\n   i2\n>"),
        .init(
            "a partial after text on its line is not indented", "x {{>p}}\n", partials: ["p": "a\nb\n"], expected: "x a\nb\n\n"),
        .init(
            "a standalone partial's blank lines are not indented", "  {{>p}}\n", partials: ["p": "a\n\nb\n"],
            expected: "  a\n\n  b\n"),
        .init(
            "recursion through a partial stops with the data", "{{>tree}}",
            data: [
                "name": "root",
                "children": [
                    ["name": "a", "children": [["name": "a1", "children": []]]],
                    ["name": "b", "children": []],
                ],
            ],
            partials: ["tree": "{{name}}{{#children}}({{>tree}}){{/children}}"], expected: "root(a(a1))(b)"),
        .init(
            "blocks inside a partial used by a parent are overridden", "{{<page}}{{$title}}Mine{{/title}}{{/page}}",
            partials: ["page": "<h1>{{>heading}}</h1>", "heading": "{{$title}}Default{{/title}}"], expected: "<h1>Mine</h1>"),
        .init(
            "a partial inside a block override", "{{<page}}{{$body}}[{{>p}}]{{/body}}{{/page}}", data: ["x": "X"],
            partials: ["page": "<{{$body}}{{/body}}>", "p": "p{{x}}"], expected: "<[pX]>"),
        .init(
            "a parent with no overrides renders its defaults", "{{<page}}{{/page}}",
            partials: ["page": "{{$a}}A{{/a}}-{{$b}}B{{/b}}"], expected: "A-B"),
        .init(
            "two levels: the outermost override wins, others fall through", "{{<mid}}{{$a}}child{{/a}}{{/mid}}",
            partials: ["mid": "{{<base}}{{$a}}mid-a{{/a}}{{$b}}mid-b{{/b}}{{/base}}", "base": "{{$a}}base-a{{/a}} {{$b}}base-b{{/b}} {{$c}}base-c{{/c}}"],
            expected: "child mid-b base-c"),
        .init(
            "standalone parent and block tags take their lines", "{{<page}}\n{{$main}}\n<p>{{x}}</p>\n{{/main}}\n{{/page}}\n",
            data: ["x": "X"], partials: ["page": "<main>\n{{$main}}{{/main}}\n</main>\n"], expected: "<main>\n<p>X</p>\n</main>\n"),
        .init("an unknown parent renders nothing", "a{{<nope}}{{$x}}y{{/x}}{{/nope}}b", expected: "ab"),
        .init(
            "a standalone partial that renders nothing leaves nothing of its line", "a\n  {{>empty}}\nb",
            partials: ["empty": ""], expected: "a\nb"),
        .init(
            "a partial that is not first on a standalone line is not indented (mustache.js)", "a\n  {{#f}}{{/f}}{{>p}}\nb",
            data: ["f": false], partials: ["p": "C\nD"], expected: "a\nC\nDb"),
        .init(
            "CRLF lines around standalone tags and partials", "<ul>\r\n  {{#items}}\r\n  {{>li}}\r\n  {{/items}}\r\n</ul>\r\n",
            data: ["items": ["a", "b"]], partials: ["li": "<li>{{.}}</li>\r\n"], expected: "<ul>\r\n  <li>a</li>\r\n  <li>b</li>\r\n</ul>\r\n"),
    ]

    /// A partial tag first on its line but followed by text is not standalone (the line keeps
    /// its whitespace), so by the spec it is not indented. The engine indents it: it decides
    /// from what comes before the tag only, as mustache.js does (tag first on its line, only
    /// whitespace before). Renders "    a\n  b x\n" and "    a\n  b!\n".
    static let inlinePartialIndentation: [MustacheSpecCase] = [
        .init(
            "a partial followed by text on its line is not indented", "  {{>p}} x\n", partials: ["p": "a\nb"],
            expected: "  a\nb x\n"),
        .init(
            "a partial followed by a variable on its line is not indented", "  {{>p}}{{x}}\n", data: ["x": "!"],
            partials: ["p": "a\nb"], expected: "  a\nb!\n"),
    ]
}

@Suite("Mustache spec")
struct TemplateSpecTests {
    @Test(arguments: MustacheSpec.interpolation)
    func interpolation(_ specCase: MustacheSpecCase) throws {
        let actual = try specCase.render()
        #expect(actual == specCase.expected)
    }

    @Test(arguments: MustacheSpec.sections)
    func sections(_ specCase: MustacheSpecCase) throws {
        let actual = try specCase.render()
        #expect(actual == specCase.expected)
    }

    @Test(arguments: MustacheSpec.inverted)
    func inverted(_ specCase: MustacheSpecCase) throws {
        let actual = try specCase.render()
        #expect(actual == specCase.expected)
    }

    @Test(arguments: MustacheSpec.comments)
    func comments(_ specCase: MustacheSpecCase) throws {
        let actual = try specCase.render()
        #expect(actual == specCase.expected)
    }

    @Test(arguments: MustacheSpec.partials)
    func partials(_ specCase: MustacheSpecCase) throws {
        let actual = try specCase.render()
        #expect(actual == specCase.expected)
    }

    @Test(arguments: MustacheSpec.delimiters)
    func delimiters(_ specCase: MustacheSpecCase) throws {
        let actual = try specCase.render()
        #expect(actual == specCase.expected)
    }

    @Test(arguments: MustacheSpec.inheritance)
    func inheritance(_ specCase: MustacheSpecCase) throws {
        let actual = try specCase.render()
        #expect(actual == specCase.expected)
    }

    @Test(
        .disabled("not implemented: standalone {{<parent}} and {{$block}} tags do not indent their content"),
        arguments: MustacheSpec.inheritanceIndentation)
    func inheritanceIndentation(_ specCase: MustacheSpecCase) throws {
        let actual = try specCase.render()
        #expect(actual == specCase.expected)
    }

    @Test(arguments: GlossaryTemplateCases.choices)
    func glossaryChoices(_ specCase: MustacheSpecCase) throws {
        let actual = try specCase.render()
        #expect(actual == specCase.expected)
    }

    @Test(arguments: GlossaryTemplateCases.inlinePartialIndentation)
    func inlinePartialIndentation(_ specCase: MustacheSpecCase) throws {
        let actual = try specCase.render()
        #expect(actual == specCase.expected)
    }
}
