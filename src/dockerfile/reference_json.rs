//! The JSON shape of BuildKit's parser as the PyPI package `dockerfile`
//! exposes it (SPEC §5), so `multistage parse --format json` can be compared
//! field for field with the reference. Its quirks are BuildKit's wrapper's:
//! `original` carries heredoc bodies, and `ONBUILD` reports its trigger's
//! arguments but not its heredocs.

use serde::Serialize;

use super::{Command, Dockerfile, Instruction, Keyword};

#[derive(Serialize)]
pub struct ReferenceCommand<'a> {
    /// `null` when empty, as the wrapper turns empty Go strings into `None`.
    cmd: Option<&'a str>,
    sub_cmd: Option<&'a str>,
    json: bool,
    original: Option<String>,
    start_line: usize,
    end_line: usize,
    flags: Vec<&'a str>,
    value: Vec<&'a str>,
    heredocs: Vec<ReferenceHeredoc<'a>>,
}

#[derive(Serialize)]
pub struct ReferenceHeredoc<'a> {
    name: &'a str,
    file_descriptor: u64,
    content: &'a str,
}

/// One object per instruction, in the reference's field order.
pub fn to_reference_json<'a>(dockerfile: &'a Dockerfile<'_>) -> Vec<ReferenceCommand<'a>> {
    dockerfile
        .instructions
        .iter()
        .map(reference_command)
        .collect()
}

fn reference_command<'a>(instruction: &'a Instruction<'_>) -> ReferenceCommand<'a> {
    let command = &instruction.command;
    let is_onbuild = command.kind() == Some(Keyword::Onbuild);
    let (shown, sub_cmd) = match (&command.trigger, is_onbuild) {
        (Some(trigger), true) => (trigger.as_ref(), Some(trigger.keyword.as_ref())),
        _ => (command, None),
    };
    let heredocs: Vec<ReferenceHeredoc> = if is_onbuild {
        Vec::new()
    } else {
        instruction
            .heredocs
            .iter()
            .map(|heredoc| ReferenceHeredoc {
                name: &heredoc.name,
                file_descriptor: heredoc.file_descriptor,
                content: heredoc.content,
            })
            .collect()
    };
    let mut original = instruction.original.to_string();
    if !heredocs.is_empty() {
        original.push('\n');
        for heredoc in &heredocs {
            original.push_str(heredoc.content);
            original.push_str(heredoc.name);
            original.push('\n');
        }
    }
    ReferenceCommand {
        cmd: Some(command.keyword.as_ref()).filter(|keyword| !keyword.is_empty()),
        sub_cmd,
        json: shown.json,
        original: Some(original).filter(|original| !original.is_empty()),
        start_line: instruction.start_line,
        end_line: instruction.end_line,
        flags: command.flags.iter().map(AsRef::as_ref).collect(),
        value: values(shown),
        heredocs,
    }
}

/// The argument list as the wrapper walks it: a nested `ONBUILD` shows as one empty value.
fn values<'a>(command: &'a Command<'_>) -> Vec<&'a str> {
    match &command.trigger {
        Some(_) => vec![""],
        None => command.args.iter().map(AsRef::as_ref).collect(),
    }
}
