/* stdbool.h - ndis-tidy's model of <stdbool.h> (C99), here so that the
   model does not depend on a compiler resource directory. */
#ifndef NDIS_TIDY_MODEL_STDBOOL_H
#define NDIS_TIDY_MODEL_STDBOOL_H
#ifndef __cplusplus
#define bool _Bool
#define true 1
#define false 0
#endif
#define __bool_true_false_are_defined 1
#endif
