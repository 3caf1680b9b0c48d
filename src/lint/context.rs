//! What a rule sees: the source, its syntax tree and its stage graph, with
//! the helpers rules share — where to underline, which stages there are —
//! and the `# check=` directive BuildKit honours.

use std::ops::Range;

use super::{Diagnostic, Message, Rule, Severity};
use crate::dockerfile::{Dockerfile, Instruction, Keyword};
use crate::graph::{Stage, StageGraph};

/// The input of every rule.
pub struct Context<'a, 'src> {
    pub source: &'src str,
    pub dockerfile: &'a Dockerfile<'src>,
    graph: Option<&'a StageGraph>,
}

/// The byte range of line `line` (1-based), line break excluded.
pub(super) fn line_span(source: &str, line: usize) -> Range<usize> {
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
    /// stages it is built on, then in the stage itself.
    pub fn values_before(&self, stage: usize, upto: usize) -> Vec<(String, String)> {
        let Some(graph) = self.graph else {
            return Vec::new();
        };
        let lineage: Vec<&Stage> = graph.lineage(stage).collect();
        let mut values: Vec<(String, String)> = Vec::new();
        for stage in lineage.iter().rev() {
            for index in stage.instructions.clone().take_while(|&i| i < upto) {
                let command = &self.instruction(index).command;
                match command.kind() {
                    Some(Keyword::Env) => {
                        for pair in command.args.chunks(2) {
                            if let [key, value] = pair {
                                values.push((key.to_string(), value.to_string()));
                            }
                        }
                    }
                    Some(Keyword::Arg) => {
                        for word in &command.args {
                            let value = match word.split_once('=') {
                                Some((name, value)) => Some((name, value.to_string())),
                                None => graph
                                    .global_args
                                    .iter()
                                    .rev()
                                    .find(|arg| arg.name == *word)
                                    .and_then(|arg| Some((word.as_ref(), arg.value.clone()?))),
                            };
                            if let Some((name, value)) = value {
                                values.push((name.to_string(), value));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        // The latest definition wins.
        values.reverse();
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
            line: self.instruction(index).start_line,
            span,
            message,
            help: Some(help),
        }
    }

    /// Applies `# check=skip=…;error=…` from the directive at the top of the
    /// file and from a comment right above an instruction, then sorts by line.
    pub(super) fn apply_check_directives(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let file_check = self
            .dockerfile
            .directives
            .iter()
            .find(|directive| directive.name == "check")
            .map(|directive| CheckSettings::parse(directive.value))
            .unwrap_or_default();
        let mut kept: Vec<Diagnostic> = diagnostics
            .into_iter()
            .filter(|diagnostic| !file_check.skips(diagnostic.code))
            .filter(|diagnostic| {
                let above = self
                    .dockerfile
                    .instructions
                    .iter()
                    .find(|instruction| instruction.start_line == diagnostic.line)
                    .into_iter()
                    .flat_map(|instruction| instruction.comments.iter())
                    .filter_map(|comment| comment.strip_prefix("check="));
                !above
                    .map(CheckSettings::parse)
                    .any(|settings| settings.skips(diagnostic.code))
            })
            .map(|mut diagnostic| {
                if file_check.error && diagnostic.severity == Severity::Warning {
                    diagnostic.severity = Severity::Error;
                }
                diagnostic
            })
            .collect();
        kept.sort_by(|a, b| (a.line, a.severity, a.code).cmp(&(b.line, b.severity, b.code)));
        kept
    }
}

/// The value of a `check` directive: `skip=A,B` or `skip=all`, and `error=true`.
#[derive(Default)]
struct CheckSettings {
    skip_all: bool,
    skipped: Vec<String>,
    error: bool,
}

impl CheckSettings {
    fn parse(value: &str) -> Self {
        let mut settings = CheckSettings::default();
        for part in value.split(';') {
            let Some((key, value)) = part.split_once('=') else {
                continue;
            };
            match key.trim().to_ascii_lowercase().as_str() {
                "skip" => {
                    for name in value.split(',').map(str::trim) {
                        if name.eq_ignore_ascii_case("all") {
                            settings.skip_all = true;
                        } else if !name.is_empty() {
                            settings.skipped.push(name.to_string());
                        }
                    }
                }
                "error" => settings.error = value.trim().eq_ignore_ascii_case("true"),
                _ => {}
            }
        }
        settings
    }

    fn skips(&self, code: &str) -> bool {
        self.skip_all
            || self
                .skipped
                .iter()
                .any(|name| name.eq_ignore_ascii_case(code))
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

    #[test]
    fn a_comment_above_skips_for_one_instruction() {
        let text = "FROM alpine:3.20 AS A\n# check=skip=StageNameCasing\nFROM alpine:3.20 AS B\n";
        let diagnostics = analyze(text, &BuildOptions::default()).unwrap().diagnostics;
        let lines: Vec<usize> = diagnostics
            .iter()
            .filter(|d| d.code == "StageNameCasing")
            .map(|d| d.line)
            .collect();
        assert_eq!(lines, [1]);
    }
}
