//! CopyAllInFinalStage: `COPY . .` in the final stage of a multi-stage
//! build. The whole build context — sources, tests, maybe secrets — lands in
//! the image the build stages were meant to keep small.

use crate::dockerfile::Keyword;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "CopyAllInFinalStage",
    severity: Severity::Info,
    origin: Origin::Multistage,
    hadolint: &[],
    summary: (
        "Tout le contexte copié dans l’image finale d’un build multi-stage.",
        "The whole context copied into the final image of a multi-stage build.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    if graph.stages.len() < 2 {
        return;
    }
    let last = &graph.stages[graph.target];
    for index in last.instructions.clone() {
        let command = &cx.instruction(index).command;
        if !matches!(command.kind(), Some(Keyword::Copy | Keyword::Add))
            || command.flag_value("from").is_some()
            || command.args.len() < 2
        {
            continue;
        }
        let sources = &command.args[..command.args.len() - 1];
        if !sources
            .iter()
            .any(|source| matches!(source.as_ref(), "." | "./"))
        {
            continue;
        }
        out.push(cx.report(
            &RULE,
            index,
            cx.first_line(index),
            Message::new(
                "L’image finale reçoit tout le contexte de build (sources, tests, fichiers de config…)\u{a0}: c’est justement ce que le multi-stage devait lui éviter.",
                "The final image receives the whole build context (sources, tests, config files…): exactly what the multi-stage build was meant to spare it.",
            ),
            Message::new(
                "Copiez seulement ce qu’il faut pour l’exécution, depuis le stage de build\u{a0}: `COPY --from=builder /app/dist ./dist`.",
                "Copy only what running needs, from the build stage: `COPY --from=builder /app/dist ./dist`.",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn only_the_final_stage_of_a_multi_stage_build() {
        let text = "FROM node:22 AS builder\nCOPY . .\nFROM node:22-slim\nCOPY ./ /app/\nCOPY --from=builder . .\n";
        assert_eq!(lines("CopyAllInFinalStage", text), [4]);
        assert!(lines("CopyAllInFinalStage", "FROM node:22\nCOPY . .\n").is_empty());
    }
}
