# Writes rules/ndis.yaml (INPUT) as a C++ raw string literal (OUTPUT).
file(READ ${INPUT} RULES_TEXT)
if(RULES_TEXT MATCHES "\\)NDISRULES\"")
  message(FATAL_ERROR "${INPUT} contains the string delimiter )NDISRULES\"")
endif()
file(WRITE ${OUTPUT}.tmp
  "// Generated from rules/ndis.yaml; do not edit.\n"
  "static const char DefaultRulesText[] = R\"NDISRULES(${RULES_TEXT})NDISRULES\";\n")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
