//! ExposeInvalidFormat: `EXPOSE 8080:80` or `EXPOSE 0.0.0.0:80`. EXPOSE
//! documents a container port; publishing it (host port, address) is for
//! `docker run -p`.

use crate::dockerfile::Keyword;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "ExposeInvalidFormat",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &["DL3011"],
    summary: (
        "Une adresse IP ou un port hôte dans EXPOSE.",
        "An IP address or host port in EXPOSE.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for (index, instruction) in cx.dockerfile.instructions.iter().enumerate() {
        if instruction.command.kind() != Some(Keyword::Expose) {
            continue;
        }
        for port in instruction
            .command
            .args
            .iter()
            .filter(|port| port.contains(':'))
        {
            let container = port.rsplit(':').next().unwrap_or_default();
            out.push(cx.report(
                &RULE,
                index,
                cx.find(index, port),
                Message::new(
                    format!("`EXPOSE {port}`\u{a0}: `EXPOSE` ne déclare que le port du conteneur, sans adresse ni port hôte."),
                    format!("`EXPOSE {port}`: `EXPOSE` declares the container port only, with no address or host port."),
                ),
                Message::new(
                    format!("Écrivez `EXPOSE {container}` et publiez-le au lancement\u{a0}: `docker run -p {port} …`."),
                    format!("Write `EXPOSE {container}` and publish it when running: `docker run -p {port} …`."),
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn mappings_and_addresses() {
        let text = "FROM alpine:3.20\nEXPOSE 8080:80\nEXPOSE 0.0.0.0:80:80\nEXPOSE 3000/tcp\n";
        assert_eq!(lines("ExposeInvalidFormat", text), [2, 3]);
    }
}
