//! One module per rule. [`RULES`] is the list `analyze` runs, in this order;
//! a new rule is a new module and one more line here.

mod consistent_instruction_casing;
mod copy_all_in_final_stage;
mod duplicate_stage_name;
mod expose_invalid_format;
mod expose_proto_casing;
mod from_as_casing;
mod from_platform_flag_const_disallowed;
pub(super) mod frontend_without_checks;
mod invalid_check_directive;
mod invalid_default_arg_in_from;
mod invalid_expansion;
mod invalid_flag;
mod invalid_image_name;
mod invalid_stage_name;
mod json_args_recommended;
mod legacy_key_value_format;
mod maintainer_deprecated;
mod multiple_instructions_disallowed;
mod no_empty_continuation;
mod no_from_first;
mod redundant_target_platform;
mod reserved_stage_name;
mod secrets_used_in_arg_or_env;
mod stage_index_reference;
mod stage_name_casing;
mod stage_self_reference;
mod undefined_arg_in_from;
pub(super) mod undefined_stage;
mod undefined_var;
mod unknown_instruction;
mod untagged_image;
mod unused_stage;
mod variable_in_from;
mod workdir_relative_path;

use super::Rule;

/// Every rule, in the order they run.
pub static RULES: &[&Rule] = &[
    &invalid_check_directive::RULE,
    &frontend_without_checks::RULE,
    &unknown_instruction::RULE,
    &invalid_flag::RULE,
    &invalid_image_name::RULE,
    &invalid_expansion::RULE,
    &no_from_first::RULE,
    &invalid_stage_name::RULE,
    &undefined_stage::RULE,
    &variable_in_from::RULE,
    &stage_self_reference::RULE,
    &duplicate_stage_name::RULE,
    &reserved_stage_name::RULE,
    &stage_name_casing::RULE,
    &from_as_casing::RULE,
    &undefined_arg_in_from::RULE,
    &undefined_var::RULE,
    &json_args_recommended::RULE,
    &untagged_image::RULE,
    &maintainer_deprecated::RULE,
    &multiple_instructions_disallowed::RULE,
    &stage_index_reference::RULE,
    &unused_stage::RULE,
    &copy_all_in_final_stage::RULE,
    &consistent_instruction_casing::RULE,
    &legacy_key_value_format::RULE,
    &workdir_relative_path::RULE,
    &no_empty_continuation::RULE,
    &invalid_default_arg_in_from::RULE,
    &redundant_target_platform::RULE,
    &from_platform_flag_const_disallowed::RULE,
    &secrets_used_in_arg_or_env::RULE,
    &expose_proto_casing::RULE,
    &expose_invalid_format::RULE,
];

#[cfg(test)]
mod tests {
    use super::RULES;
    use std::collections::BTreeSet;

    #[test]
    fn codes_are_unique_and_messages_bilingual() {
        let codes: BTreeSet<&str> = RULES.iter().map(|rule| rule.code).collect();
        assert_eq!(codes.len(), RULES.len());
        for rule in RULES {
            assert!(
                !rule.summary.0.is_empty() && !rule.summary.1.is_empty(),
                "{}",
                rule.code
            );
            assert_ne!(
                rule.summary.0, rule.summary.1,
                "{} not translated",
                rule.code
            );
        }
    }
}
