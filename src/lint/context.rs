//! What a rule sees: the source, its syntax tree and its stage graph, with
//! the helpers rules share — where to underline, which stages there are —
//! and the `# check=` directive BuildKit honours.

use std::ops::Range;

use super::rules::frontend_without_checks;
use super::{Diagnostic, Message, Origin, Rule, Severity};
use crate::dockerfile::{Dockerfile, Instruction, Keyword};
use crate::graph::{Stage, StageGraph};
use crate::shell::Lexer;

/// The input of every rule.
pub struct Context<'a, 'src> {
    pub source: &'src str,
    pub dockerfile: &'a Dockerfile<'src>,
    graph: Option<&'a StageGraph>,
}

/// The byte range of line `line` (1-based), line break excluded.
pub(crate) fn line_span(source: &str, line: usize) -> Range<usize> {
    let start = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>()
        .min(source.len());
    let end = source[start..]
        .find('\n')
        .map_or(source.len(), |offset| start + offset);
    let end = if source[..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    start..end.max(start)
}

impl<'a, 'src> Context<'a, 'src> {
    pub fn new(
        source: &'src str,
        dockerfile: &'a Dockerfile<'src>,
        graph: Option<&'a StageGraph>,
    ) -> Self {
        Context {
            source,
            dockerfile,
            graph,
        }
    }

    /// The stage graph, when the file has at least one stage.
    pub fn graph(&self) -> Option<&'a StageGraph> {
        self.graph
    }

    pub fn stages(&self) -> &'a [Stage] {
        self.graph.map_or(&[], |graph| graph.stages.as_slice())
    }

    pub fn instruction(&self, index: usize) -> &'a Instruction<'src> {
        &self.dockerfile.instructions[index]
    }

    /// The first line of an instruction, from its keyword.
    pub fn first_line(&self, index: usize) -> Range<usize> {
        let span = &self.instruction(index).span;
        let end = self.source[span.clone()]
            .find(['\n', '\r'])
            .map_or(span.end, |offset| span.start + offset);
        span.start..end
    }

    /// The instruction's keyword.
    pub fn keyword(&self, index: usize) -> Range<usize> {
        let span = self.first_line(index);
        let length = self.source[span.clone()]
            .find(char::is_whitespace)
            .unwrap_or(span.len());
        span.start..span.start + length
    }

    /// Where `needle` first appears in the instruction after its keyword.
    pub fn try_find(&self, index: usize, needle: &str) -> Option<Range<usize>> {
        let span = self.instruction(index).span.clone();
        let keyword_end = self.keyword(index).end;
        if needle.is_empty() {
            return None;
        }
        let offset = self.source[keyword_end..span.end].find(needle)?;
        Some(keyword_end + offset..keyword_end + offset + needle.len())
    }

    /// Where `needle` first appears in the instruction after its keyword,
    /// else its first line.
    pub fn find(&self, index: usize, needle: &str) -> Range<usize> {
        self.try_find(index, needle)
            .unwrap_or_else(|| self.first_line(index))
    }

    /// Where the last occurrence of `needle` is, for the name after `AS`.
    pub fn find_last(&self, index: usize, needle: &str) -> Range<usize> {
        let line = self.first_line(index);
        match self.source[line.clone()].rfind(needle) {
            Some(offset) if !needle.is_empty() => {
                line.start + offset..line.start + offset + needle.len()
            }
            _ => line,
        }
    }

    /// Values of the variables set before instruction `upto` of `stage`: by
    /// `ARG` (an `ARG` without value takes the global one) and `ENV`, in the
    /// stages it is built on, then in the stage itself. Each value is
    /// expanded and unquoted as BuildKit's word lexer does (`ENV HOME="/root"`
    /// is `/root`); a variable set nowhere in the file (the base image's
    /// own) stays written as `$NAME`. The latest definition comes first.
    pub fn values_before(&self, stage: usize, upto: usize) -> Vec<(String, String)> {
        let Some(graph) = self.graph else {
            return Vec::new();
        };
        let lexer = Lexer {
            skip_unset_env: true,
            ..Lexer::new(self.dockerfile.escape)
        };
        let lineage: Vec<&Stage> = graph.lineage(stage).collect();
        let mut values: Vec<(String, String)> = Vec::new();
        let set = |values: &mut Vec<(String, String)>, name: &str, raw: &str| {
            let value = lexer
                .process_word(raw, values.as_slice())
                .map_or_else(|_| raw.to_string(), |expansion| expansion.result);
            values.insert(0, (name.to_string(), value));
        };
        for stage in lineage.iter().rev() {
            for index in stage.instructions.clone().take_while(|&i| i < upto) {
                let command = &self.instruction(index).command;
                match command.kind() {
                    Some(Keyword::Env) => {
                        for pair in command.args.chunks(2) {
                            if let [key, value] = pair {
                                set(&mut values, key, value);
                            }
                        }
                    }
                    Some(Keyword::Arg) => {
                        for word in &command.args {
                            match word.split_once('=') {
                                Some((name, value)) => set(&mut values, name, value),
                                None => {
                                    // The global value, already expanded.
                                    if let Some(value) = graph
                                        .global_args
                                        .iter()
                                        .rev()
                                        .find(|arg| arg.name == *word)
                                        .and_then(|arg| arg.value.clone())
                                    {
                                        values.insert(0, (word.to_string(), value));
                                    }
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        values
    }

    /// A diagnostic of `rule` on instruction `index`, underlining `span`.
    pub fn report(
        &self,
        rule: &Rule,
        index: usize,
        span: Range<usize>,
        message: Message,
        help: Message,
    ) -> Diagnostic {
        Diagnostic {
            code: rule.code,
            severity: rule.severity,
            origin: rule.origin,
            line: self.instruction(index).start_line,
            span,
            message,
            help: Some(help),
        }
    }

    /// Applies `# check=skip=…;error=…` as BuildKit does: the directive at the
    /// top of the file, then the first `check=` comment right above an
    /// instruction (it may skip more, never escalate). A frontend pinned
    /// below 1.8 by `# syntax=` runs no check at all. BuildKit's refusals
    /// cannot be skipped, and `error=true` escalates only BuildKit's checks:
    /// our own advice never fails a build BuildKit would run.
    pub(super) fn apply_check_directives(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let file_check = self
            .file_check_settings()
            .and_then(Result::ok)
            .unwrap_or_default();
        let checks_run = self
            .dockerfile
            .directives
            .iter()
            .find(|directive| directive.name == "syntax")
            .is_none_or(|directive| frontend_without_checks::runs_checks(directive.value));
        let mut kept: Vec<Diagnostic> = diagnostics
            .into_iter()
            .filter(|diagnostic| checks_run || diagnostic.origin != Origin::BuildkitCheck)
            .filter(|diagnostic| {
                diagnostic.origin == Origin::BuildkitError
                    || !(file_check.skips(diagnostic.code)
                        || self
                            .comment_check_settings(diagnostic.line)
                            .is_some_and(|settings| settings.skips(diagnostic.code)))
            })
            .map(|mut diagnostic| {
                if file_check.error && diagnostic.origin == Origin::BuildkitCheck {
                    diagnostic.severity = Severity::Error;
                }
                diagnostic
            })
            .collect();
        kept.sort_by(|a, b| (a.line, a.severity, a.code).cmp(&(b.line, b.severity, b.code)));
        kept
    }

    /// The file's `# check=` directive, read as BuildKit reads it; `None`
    /// when there is none.
    pub(crate) fn file_check_settings(&self) -> Option<Result<CheckSettings, String>> {
        self.dockerfile
            .directives
            .iter()
            .find(|directive| directive.name == "check")
            .map(|directive| CheckSettings::parse(first_word(directive.value)))
    }

    /// The first `check=` comment right above the instruction on `line`.
    /// BuildKit ignores a malformed one.
    fn comment_check_settings(&self, line: usize) -> Option<CheckSettings> {
        let instruction = self
            .dockerfile
            .instructions
            .iter()
            .find(|instruction| instruction.start_line == line)?;
        let value = instruction
            .comments
            .iter()
            .find_map(|comment| check_comment_value(comment))?;
        CheckSettings::parse(first_word(value)).ok()
    }
}

/// BuildKit reads a directive's value up to its first space.
fn first_word(value: &str) -> &str {
    value.split_once(' ').map_or(value, |(first, _)| first)
}

/// The value of a comment shaped like a `check` directive (`check = v`,
/// any case), as BuildKit's directive pattern
/// `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` reads it.
fn check_comment_value(comment: &str) -> Option<&str> {
    let comment = comment.trim_start();
    let name_end = comment
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(comment.len());
    let (name, rest) = comment.split_at(name_end);
    if !name.eq_ignore_ascii_case("check") {
        return None;
    }
    let value = rest.trim_start().strip_prefix('=')?.trim();
    (!value.is_empty()).then_some(value)
}

/// The value of a `check` directive, as BuildKit's `ParseLintOptions` reads
/// it: `skip=A,B` or `skip=all`, `error=true`, `experimental=…`. Rule names
/// and keys are case-sensitive, as in BuildKit.
#[derive(Default)]
pub(crate) struct CheckSettings {
    skip_all: bool,
    skipped: Vec<String>,
    error: bool,
}

impl CheckSettings {
    /// The settings, or BuildKit's own words for why it refuses them.
    pub(crate) fn parse(value: &str) -> Result<Self, String> {
        let mut settings = CheckSettings::default();
        let value = value.trim();
        if value.is_empty() {
            return Ok(settings);
        }
        for part in value.splitn(3, ';') {
            let Some((key, value)) = part.split_once('=') else {
                return Err(format!("invalid check option {part:?}"));
            };
            match key.trim() {
                "skip" if value.trim() == "all" => settings.skip_all = true,
                "skip" => settings
                    .skipped
                    .extend(value.split(',').map(|name| name.trim().to_string())),
                // multistage has none of BuildKit's experimental checks.
                "experimental" => {}
                "error" => {
                    settings.error = parse_go_bool(value.trim()).ok_or_else(|| {
                        format!(
                            "failed to parse check option {part:?}: strconv.ParseBool: parsing {:?}: invalid syntax",
                            value.trim()
                        )
                    })?;
                }
                key => return Err(format!("invalid check option {key:?}")),
            }
        }
        Ok(settings)
    }

    fn skips(&self, code: &str) -> bool {
        self.skip_all || self.skipped.iter().any(|name| name == code)
    }
}

/// Go's `strconv.ParseBool`.
fn parse_go_bool(text: &str) -> Option<bool> {
    match text {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::line_span;
    use crate::graph::BuildOptions;
    use crate::lint::{Severity, analyze};

    #[test]
    fn line_spans_exclude_line_breaks() {
        let source = "FROM a\r\nRUN b\nCMD c";
        assert_eq!(&source[line_span(source, 1)], "FROM a");
        assert_eq!(&source[line_span(source, 2)], "RUN b");
        assert_eq!(&source[line_span(source, 3)], "CMD c");
    }

    #[test]
    fn check_directive_skips_and_escalates() {
        let text =
            "# check=skip=StageNameCasing;error=true\nFROM alpine:3.20 AS Build\nMAINTAINER me\n";
        let diagnostics = analyze(text, &BuildOptions::default()).unwrap().diagnostics;
        let codes: Vec<(&str, Severity)> =
            diagnostics.iter().map(|d| (d.code, d.severity)).collect();
        assert_eq!(codes, [("MaintainerDeprecated", Severity::Error)]);
    }

    fn codes(text: &str) -> Vec<(&'static str, Severity)> {
        analyze(text, &BuildOptions::default())
            .unwrap()
            .diagnostics
            .iter()
            .map(|d| (d.code, d.severity))
            .collect()
    }

    #[test]
    fn error_true_escalates_only_buildkit_checks() {
        // UntaggedImage is our advice: BuildKit builds this file.
        let text = "# check=error=true\nFROM alpine AS Build\n";
        assert_eq!(
            codes(text),
            [
                ("StageNameCasing", Severity::Error),
                ("UntaggedImage", Severity::Warning)
            ]
        );
    }

    #[test]
    fn skip_names_our_rules_too_but_never_a_refusal() {
        let text = "# check=skip=UntaggedImage,UnknownInstruction\nFROM alpine\nFORM alpine\n";
        assert_eq!(codes(text), [("UnknownInstruction", Severity::Error)]);
    }

    #[test]
    fn rule_names_are_case_sensitive_as_in_buildkit() {
        let text = "# check=skip=stagenamecasing\nFROM alpine:3.20 AS Build\n";
        assert_eq!(codes(text), [("StageNameCasing", Severity::Warning)]);
    }

    #[test]
    fn a_comment_above_skips_for_one_instruction() {
        let text = "FROM alpine:3.20 AS A\n# check = skip=StageNameCasing but not the next\nFROM alpine:3.20 AS B\n";
        let diagnostics = analyze(text, &BuildOptions::default()).unwrap().diagnostics;
        let lines: Vec<usize> = diagnostics
            .iter()
            .filter(|d| d.code == "StageNameCasing")
            .map(|d| d.line)
            .collect();
        assert_eq!(lines, [1]);
    }

    #[test]
    fn a_comment_above_cannot_escalate() {
        let text = "# check=error=true\nFROM alpine:3.20 AS A\n";
        assert_eq!(codes(text), [("StageNameCasing", Severity::Error)]);
        let text = "FROM alpine:3.20 AS b\n# check=error=true\nFROM b AS C\n";
        assert_eq!(codes(text), [("StageNameCasing", Severity::Warning)]);
    }
}
