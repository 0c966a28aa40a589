package dk.taktstok.io.json;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns the parser's messages into plain words. The parser's own wording ("Unexpected character
 * ('}' (code 125)): was expecting double-quote to start property name") is meant for programmers.
 */
final class JsonSyntaxErrors {

    private static final String SYNTAX = "JSON syntax error: ";

    private record Rule(Pattern pattern, Function<Matcher, String> reason) {
    }

    private static final List<Rule> RULES = List.of(
            rule("^Duplicate Object property \"(.*)\"$", m -> "the field '" + m.group(1) + "' appears twice in the same object"),
            rule("maybe a \\(non-standard\\) comment", m -> SYNTAX + "comments are not allowed in JSON"),
            rule("^Unexpected character \\('}'.*to start property name", m -> SYNTAX + "a comma before '}' is not allowed"),
            rule("^Unexpected character \\(']'.*expected a valid value", m -> SYNTAX + "a comma before ']' is not allowed"),
            rule("^Unexpected character \\(',' .*expected a valid value", m -> SYNTAX + "a value is missing between two commas"),
            rule("^Unexpected character \\('''.*to start property name", m -> SYNTAX + "field names must be in double quotes, not single quotes"),
            rule("^Unexpected character \\('(.)'.*to start property name", m -> SYNTAX + "expected a field name in double quotes, found '" + m.group(1) + "'"),
            rule("^Unexpected character \\('(.)'.*to separate property name and value", m -> SYNTAX + "expected ':' after the field name, found '" + m.group(1) + "'"),
            rule("^Unexpected character \\('(.)'.*to separate Array entries", m -> SYNTAX + "expected ',' or ']' after a value in an array, found '" + m.group(1) + "'"),
            rule("^Unexpected character \\('(.)'.*to separate Object entries", m -> SYNTAX + "expected ',' or '}' after a field, found '" + m.group(1) + "'"),
            rule("^Unexpected character \\('''.*expected a valid value", m -> SYNTAX + "text must be in double quotes, not single quotes"),
            rule("^Unexpected character \\('(.)'.*expected a valid value", m -> SYNTAX + "expected a value, found '" + m.group(1) + "'"),
            rule("plus signs", m -> SYNTAX + "a number cannot start with '+'"),
            rule("in numeric value", m -> SYNTAX + "a number is not written correctly"),
            rule("^Non-standard token '(.*?)'", m -> SYNTAX + "'" + m.group(1) + "' is not a JSON value (write null for a missing value)"),
            rule("^Unrecognized token '(.*?)': was expecting", m -> SYNTAX + "unknown word '" + m.group(1) + "' (text must be in double quotes)"),
            rule("Leading zeroes not allowed", m -> SYNTAX + "a number cannot start with 0"),
            rule("^Invalid numeric value", m -> SYNTAX + "a number is not written correctly"),
            rule("CTRL-CHAR, code (\\d+)\\)", m -> SYNTAX + control(Integer.parseInt(m.group(1)))),
            rule("hexadecimal number", m -> SYNTAX + "hexadecimal numbers such as 0x10 are not JSON; write them in decimal"),
            rule("^Unrecognized character escape '(.)'", m -> SYNTAX + "'\\" + m.group(1) + "' is not a valid escape in text"),
            rule("character escape sequence", m -> SYNTAX + "a \\u escape in text needs four hex digits"),
            rule("^Unexpected close marker '(.)'", m -> SYNTAX + "'" + m.group(1) + "' closes nothing"),
            rule("closing quote for a string", m -> SYNTAX + "the file ends inside a text (a closing \" is missing)"),
            rule("^Unexpected end-of-input", m -> SYNTAX + "the file ends before every '[' and '{' is closed"));

    private JsonSyntaxErrors() {
    }

    private static Rule rule(String regex, Function<Matcher, String> reason) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), reason);
    }

    /** The problem in plain words, without a place. */
    static String describe(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            return limit(e.getOriginalMessage());
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.find()) {
                return rule.reason().apply(matcher);
            }
        }
        return SYNTAX + plainFallback(message);
    }

    /** Line breaks and tabs are the control characters people meet; others are named by their code. */
    private static String control(int code) {
        if (code == '\n' || code == '\r' || code == '\t') {
            return "a line break or tab inside text must be written as \\n or \\t";
        }
        return String.format(java.util.Locale.ROOT, "a control character (code %d) inside text must be written as \\u%04X", code, code);
    }

    private static String limit(String message) {
        if (message.startsWith("Document nesting depth")) {
            return "the JSON is nested too deeply (more than " + JsonStudyFormat.MAX_NESTING_DEPTH + " levels)";
        }
        if (message.startsWith("String value length")) {
            return "a text is too long (more than " + grouped(JsonStudyFormat.MAX_STRING_LENGTH) + " characters)";
        }
        if (message.startsWith("Name length")) {
            return "a field name is too long (more than " + grouped(JsonStudyFormat.MAX_NAME_LENGTH) + " characters)";
        }
        if (message.startsWith("Number value length")) {
            return "a number is too long (more than " + JsonStudyFormat.MAX_NUMBER_LENGTH + " characters)";
        }
        if (message.startsWith("Token count")) {
            return "the file holds too many values (more than " + grouped(JsonStudyFormat.MAX_TOKENS) + ")";
        }
        if (message.startsWith("Document length")) {
            return "the file is too large (more than " + JsonStudyFormat.MAX_FILE_BYTES / (1024 * 1024) + " MB)";
        }
        return "the file goes past a limit of the reader";
    }

    /** The parser's first sentence, without its codes and feature names. */
    private static String plainFallback(String message) {
        String first = message.lines().findFirst().orElse("").replaceAll(" \\(code \\d+\\)", "");
        int hint = first.indexOf(": enable ");
        return (hint > 0 ? first.substring(0, hint) : first).replace("property name", "field name");
    }

    private static String grouped(long number) {
        return String.format(java.util.Locale.ROOT, "%,d", number);
    }
}
