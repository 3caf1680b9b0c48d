//! DuplicateStageName: two stages with the same name, compared without case
//! as BuildKit does (`Build` and `build` collide). BuildKit warns on every
//! build, and the two ways of naming a stage then part: `FROM name` sees
//! only the stages above it and takes the nearest, while `--from=name` and
//! `--target name` take the last stage of that name in the whole file.

use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "DuplicateStageName",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &["DL3024"],
    summary: (
        "Deux stages portent le même nom.",
        "Two stages share a name.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let stages = cx.stages();
    for stage in stages {
        let Some(name) = &stage.name else { continue };
        let Some(first) = stages[..stage.index]
            .iter()
            .find(|earlier| earlier.name.as_ref() == Some(name))
        else {
            continue;
        };
        let from = stage.instructions.start;
        out.push(cx.report(
            &RULE,
            from,
            cx.find_last(from, stage.written_name.as_deref().unwrap_or(name)),
            Message::new(
                format!("Le nom «\u{a0}{name}\u{a0}» est déjà celui du stage de la ligne {} (BuildKit ignore la casse), et BuildKit le signale à chaque build. `FROM {name}` prend le stage de ce nom le plus proche au-dessus de lui, mais `--from={name}` et `--target {name}` prennent toujours le dernier du fichier.", first.start_line),
                format!("Name “{name}” is already the name of the stage on line {} (BuildKit ignores case), and BuildKit warns about it on every build. `FROM {name}` takes the nearest stage of that name above it, but `--from={name}` and `--target {name}` always take the last one in the file.", first.start_line),
            ),
            Message::new(
                "Donnez à chaque stage un nom unique qui dit son rôle.",
                "Give every stage a unique name that says what it does.",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn later_duplicates_fire_whatever_their_case() {
        let text = "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS Build\nFROM alpine:3.20 AS BUILD\nFROM alpine:3.20 AS other\n";
        assert_eq!(lines("DuplicateStageName", text), [2, 3]);
    }

    #[test]
    fn the_message_tells_from_and_copy_from_apart() {
        let text = "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS build\n";
        let message = &crate::lint::testing::messages("DuplicateStageName", text)[0];
        assert!(message.contains("le plus proche au-dessus"), "{message}");
        assert!(message.contains("le dernier du fichier"), "{message}");
        assert!(!message.contains("sans prévenir"), "{message}");
    }
}
