/*
 * sal.h - ndis-tidy's model of the SAL annotation macros.
 *
 * Written for the ndis-tidy tests from the public SAL and driver-annotation
 * documentation (learn.microsoft.com); it is not the WDK header. As with the
 * real kit under clang, every annotation expands to nothing: ndis-tidy takes
 * IRQL and lock facts from its rules file, not from these macros.
 */
#ifndef NDIS_TIDY_MODEL_SAL_H
#define NDIS_TIDY_MODEL_SAL_H

/* Parameters. */
#define _In_
#define _In_opt_
#define _In_z_
#define _In_opt_z_
#define _In_reads_(size)
#define _In_reads_opt_(size)
#define _In_reads_bytes_(size)
#define _In_reads_bytes_opt_(size)
#define _In_range_(lo, hi)
#define _Out_
#define _Out_opt_
#define _Out_writes_(size)
#define _Out_writes_opt_(size)
#define _Out_writes_bytes_(size)
#define _Out_writes_bytes_opt_(size)
#define _Out_writes_to_(size, count)
#define _Out_writes_bytes_to_(size, count)
#define _Out_range_(lo, hi)
#define _Inout_
#define _Inout_opt_
#define _Inout_z_
#define _Inout_updates_(size)
#define _Inout_updates_opt_(size)
#define _Inout_updates_bytes_(size)
#define _Outptr_
#define _Outptr_opt_
#define _Outptr_result_maybenull_
#define _Outptr_opt_result_maybenull_
#define _Outptr_result_buffer_(size)
#define _Outptr_result_bytebuffer_(size)
#define _Deref_out_range_(lo, hi)
#define _Reserved_
#define _Literal_
#define _Const_
#define _Strict_type_match_
#define _Interlocked_operand_

/* Return values and conditions. */
#define _Must_inspect_result_
#define _Check_return_
#define _Success_(expr)
#define _Return_type_success_(expr)
#define _Ret_maybenull_
#define _Ret_notnull_
#define _Ret_range_(lo, hi)
#define _When_(cond, annos)
#define _At_(target, annos)
#define _Curr_
#define _Pre_satisfies_(cond)
#define _Post_satisfies_(cond)
#define _Analysis_assume_(expr)
#define _Use_decl_annotations_

/* Pointer state. */
#define _Pre_notnull_
#define _Pre_maybenull_
#define _Post_invalid_
#define _Post_ptr_invalid_
#define _Post_null_
#define _Post_notnull_
#define _Post_writable_byte_size_(size)
#define _Frees_ptr_
#define _Frees_ptr_opt_
#define _Notnull_
#define _Maybenull_
#define _Null_terminated_
#define _NullNull_terminated_
#define _Printf_format_string_
#define _Printf_format_string_params_(n)

/* Structure fields. */
#define _Field_size_(size)
#define _Field_size_opt_(size)
#define _Field_size_bytes_(size)
#define _Field_size_bytes_opt_(size)
#define _Field_range_(lo, hi)

/* Driver annotations: function classes and IRQL. */
#define _Function_class_(name)
#define _Dispatch_type_(type)
#define _IRQL_requires_(irql)
#define _IRQL_requires_max_(irql)
#define _IRQL_requires_min_(irql)
#define _IRQL_raises_(irql)
#define _IRQL_saves_
#define _IRQL_restores_
#define _IRQL_saves_global_(kind, param)
#define _IRQL_restores_global_(kind, param)
#define _IRQL_requires_same_
#define _IRQL_uses_cancel_
#define _IRQL_is_cancel_
#define _IRQL_always_function_max_(irql)
#define _IRQL_always_function_min_(irql)
#define _Kernel_float_saved_
#define _Kernel_float_restored_
#define _Kernel_float_used_
#define _Kernel_clear_do_init_(yes_no)

/* Driver annotations: locks and resources. */
#define _Acquires_lock_(lock)
#define _Releases_lock_(lock)
#define _Requires_lock_held_(lock)
#define _Requires_lock_not_held_(lock)
#define _Acquires_exclusive_lock_(lock)
#define _Releases_exclusive_lock_(lock)
#define _Acquires_shared_lock_(lock)
#define _Releases_shared_lock_(lock)
#define _Kernel_requires_resource_held_(kind)
#define _Kernel_requires_resource_not_held_(kind)
#define _Kernel_acquires_resource_(kind)
#define _Kernel_releases_resource_(kind)

/* The older __drv_* spellings. */
#define __drv_freesMem(kind)
#define __drv_allocatesMem(kind)
#define __drv_aliasesMem
#define __drv_when(cond, annos)
#define __drv_at(target, annos)
#define __drv_maxIRQL(irql)
#define __drv_minIRQL(irql)
#define __drv_requiresIRQL(irql)
#define __drv_raisesIRQL(irql)
#define __drv_savesIRQL
#define __drv_restoresIRQL
#define __drv_savesIRQLGlobal(kind, param)
#define __drv_restoresIRQLGlobal(kind, param)
#define __drv_setsIRQL(irql)
#define __drv_sameIRQL
#define __drv_functionClass(name)
#define __drv_dispatchType(type)
#define __drv_strictTypeMatch(mode)
#define __drv_acquiresResource(kind)
#define __drv_releasesResource(kind)
#define __drv_mustHold(kind)
#define __drv_neverHold(kind)

/* The oldest (pre-SAL 2) parameter spellings. */
#define __in
#define __out
#define __inout
#define __in_opt
#define __out_opt
#define __inout_opt
#define __in_bcount(size)
#define __out_bcount(size)
#define __in_ecount(size)
#define __out_ecount(size)
#define __deref_out
#define __deref_out_opt
#define __checkReturn

#endif /* NDIS_TIDY_MODEL_SAL_H */
