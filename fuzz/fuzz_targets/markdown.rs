//! The markdown renderer on arbitrary text: see `multistage::fuzzing::markdown`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| multistage::fuzzing::markdown(bytes));
