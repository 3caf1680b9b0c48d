//! How each instruction's arguments are split, following BuildKit's line
//! parsers: whitespace lists for `FROM`/`EXPOSE`, JSON-or-shell for
//! `RUN`/`CMD`/`ENTRYPOINT`/`SHELL`, JSON-or-list for `COPY`/`ADD`/`VOLUME`,
//! key/value pairs for `ENV`/`LABEL`, quote-aware words for `ARG`, and the
//! nested instruction of `ONBUILD`.

use super::flags::extract_flags;
use super::json_array::{self, JsonArray};
use super::{Command, Keyword, go_quote};

/// BuildKit's `[\t\v\f\r ]`: the blanks that separate words.
fn is_separator(ch: char) -> bool {
    matches!(ch, '\t' | '\x0b' | '\x0c' | '\r' | ' ')
}

/// Go's `regexp.Split` on runs of separators, with at most `limit` parts.
fn split_separators(text: &str, limit: Option<usize>) -> Vec<&str> {
    if text.is_empty() {
        return vec![""];
    }
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        if limit.is_some_and(|limit| parts.len() + 1 == limit) {
            break;
        }
        if is_separator(ch) {
            let mut end = i + ch.len_utf8();
            while let Some(&(j, next)) = chars.peek() {
                if !is_separator(next) {
                    break;
                }
                end = j + next.len_utf8();
                chars.next();
            }
            parts.push(&text[start..i]);
            start = end;
        }
    }
    parts.push(&text[start..]);
    parts
}

/// Parses one logical line into a command (keyword, flags, arguments).
pub(super) fn parse_command(line: &str, escape: char) -> Result<Command, String> {
    let trimmed = line.trim();
    let mut split = split_separators(trimmed, Some(2)).into_iter();
    let keyword = split.next().unwrap_or_default().to_string();
    let (rest, flags) = match split.next() {
        Some(after_keyword) => extract_flags(after_keyword),
        None => (Default::default(), Vec::new()),
    };
    let rest = rest.trim();

    let mut command = Command {
        keyword,
        flags,
        args: Vec::new(),
        json: false,
        legacy_key_value: false,
        trigger: None,
    };
    match Keyword::from_word(&command.keyword) {
        Some(Keyword::Add | Keyword::Copy | Keyword::Volume) => {
            (command.args, command.json) = json_or_list(rest)?;
        }
        Some(Keyword::Cmd | Keyword::Entrypoint | Keyword::Run | Keyword::Shell) => {
            (command.args, command.json) = json_or_string(rest)?;
        }
        Some(Keyword::Env) => {
            (command.args, command.legacy_key_value) = key_values(rest, "ENV", escape)?;
        }
        Some(Keyword::Label) => {
            (command.args, command.legacy_key_value) = key_values(rest, "LABEL", escape)?;
        }
        Some(Keyword::Arg) => command.args = quoted_words(rest, escape),
        Some(Keyword::Expose | Keyword::From) => command.args = separated_list(rest),
        Some(Keyword::Healthcheck) => (command.args, command.json) = healthcheck(rest)?,
        Some(Keyword::Maintainer | Keyword::Stopsignal | Keyword::User | Keyword::Workdir) => {
            command.args = whole_string(rest);
        }
        Some(Keyword::Onbuild) => {
            if !rest.is_empty() {
                command.trigger = Some(Box::new(parse_command(rest, escape)?));
            }
        }
        // BuildKit keeps an unknown instruction with one empty argument.
        None => command.args = vec![String::new()],
    }
    Ok(command)
}

fn whole_string(rest: &str) -> Vec<String> {
    if rest.is_empty() {
        Vec::new()
    } else {
        vec![rest.to_string()]
    }
}

fn separated_list(rest: &str) -> Vec<String> {
    if rest.is_empty() {
        return Vec::new();
    }
    split_separators(rest, None)
        .into_iter()
        .map(str::to_string)
        .collect()
}

const NOT_STRING_ARRAY: &str =
    "when using JSON array syntax, arrays must be comprised of strings only";

/// `RUN`, `CMD`, `ENTRYPOINT`, `SHELL`: a JSON array, else the whole text.
fn json_or_string(rest: &str) -> Result<(Vec<String>, bool), String> {
    if rest.is_empty() {
        return Ok((Vec::new(), false));
    }
    match json_array::decode(rest) {
        JsonArray::Strings(strings) => Ok((strings, true)),
        JsonArray::NotStrings => Err(NOT_STRING_ARRAY.to_string()),
        JsonArray::Invalid => Ok((vec![rest.to_string()], false)),
    }
}

/// `COPY`, `ADD`, `VOLUME`: a JSON array, else the words of the text.
fn json_or_list(rest: &str) -> Result<(Vec<String>, bool), String> {
    match json_array::decode(rest) {
        JsonArray::Strings(strings) => Ok((strings, true)),
        JsonArray::NotStrings => Err(NOT_STRING_ARRAY.to_string()),
        JsonArray::Invalid => Ok((separated_list(rest), false)),
    }
}

/// `HEALTHCHECK`: the type word (`CMD`, `NONE`…), then a command. BuildKit
/// finds the first blank byte by byte.
fn healthcheck(rest: &str) -> Result<(Vec<String>, bool), String> {
    let bytes = rest.as_bytes();
    let is_blank = |b: &u8| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | 0x85 | 0xa0);
    let separator = bytes.iter().position(is_blank).unwrap_or(bytes.len());
    if separator == 0 {
        return Ok((Vec::new(), false));
    }
    let command_start = bytes[separator..]
        .iter()
        .position(|b| !is_blank(b))
        .map_or(bytes.len(), |offset| separator + offset);
    let kind = String::from_utf8_lossy(&bytes[..separator]).into_owned();
    let command = String::from_utf8_lossy(&bytes[command_start..]);
    let (mut args, json) = json_or_string(&command)?;
    args.insert(0, kind);
    Ok((args, json))
}

/// BuildKit's `parseWords`: words split on blanks, quotes and escapes kept.
fn quoted_words(rest: &str, escape: char) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    // A word made only of quotes (`""`) still counts.
    let mut blank_ok = false;
    let mut chars = rest.chars();
    while let Some(ch) = chars.next() {
        if !in_word {
            if ch.is_whitespace() {
                continue;
            }
            in_word = true;
        }
        match quote {
            None => {
                if ch.is_whitespace() {
                    if blank_ok || !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                    blank_ok = false;
                    in_word = false;
                    continue;
                }
                if ch == '\'' || ch == '"' {
                    blank_ok = true;
                    quote = Some(ch);
                } else if ch == escape {
                    // An escape at the very end is dropped.
                    if let Some(escaped) = chars.next() {
                        word.push(ch);
                        word.push(escaped);
                    }
                    continue;
                }
                word.push(ch);
            }
            Some(open) => {
                if ch == open {
                    quote = None;
                } else if ch == escape && open != '\'' {
                    match chars.next() {
                        Some(escaped) => {
                            word.push(ch);
                            word.push(escaped);
                        }
                        None => quote = None,
                    }
                    continue;
                }
                word.push(ch);
            }
        }
    }
    if in_word && (blank_ok || !word.is_empty()) {
        words.push(word);
    }
    words
}

/// `ENV` / `LABEL`: `key=value …`, or the legacy `key value`. Returns keys
/// and values alternating, and whether the legacy form was used.
fn key_values(rest: &str, name: &str, escape: char) -> Result<(Vec<String>, bool), String> {
    let words = quoted_words(rest, escape);
    let Some(first) = words.first() else {
        return Ok((Vec::new(), false));
    };
    if !first.contains('=') {
        let parts = split_separators(rest, Some(2));
        let [key, value] = parts.as_slice() else {
            return Err(format!("{name} must have two arguments"));
        };
        return Ok((vec![key.to_string(), value.to_string()], true));
    }
    let mut pairs = Vec::with_capacity(words.len() * 2);
    for word in &words {
        let Some((key, value)) = word.split_once('=') else {
            return Err(format!(
                "Syntax error - can't find = in {}. Must be of the form: name=value",
                go_quote(word)
            ));
        };
        pairs.push(key.to_string());
        pairs.push(value.to_string());
    }
    Ok((pairs, false))
}
