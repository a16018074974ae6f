/*
 * sal.h - ndis-tidy's model of the SAL annotation macros.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the public SAL and driver-annotation documentation (learn.microsoft.com);
 * it is not the WDK header. As with the real kit under clang, every
 * annotation expands to nothing. ndis-tidy still sees the _IRQL_requires_...
 * family through the preprocessor (it records their expansions), so those
 * keep their documented names and arguments.
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
#define _Outptr_result_bytebuffer_all_(size)
#define _Outptr_result_buffer_all_(size)
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

/* More parameter and buffer annotations (SAL 2). */
#define _In_reads_z_(size)
#define _In_reads_opt_z_(size)
#define _In_reads_or_z_(size)
#define _In_reads_to_ptr_(ptr)
#define _In_reads_bytes_to_(size, count)
#define _In_bytecount_(size)
#define _In_count_(size)
#define _In_NLS_string_(size)
#define _In_defensive_(annos)
#define _In_range_(lo, hi)
#define _Out_z_
#define _Out_writes_z_(size)
#define _Out_writes_all_(size)
#define _Out_writes_all_opt_(size)
#define _Out_writes_bytes_all_(size)
#define _Out_writes_bytes_all_opt_(size)
#define _Out_writes_to_opt_(size, count)
#define _Out_writes_bytes_to_opt_(size, count)
#define _Out_writes_opt_z_(size)
#define _Out_bytecap_(size)
#define _Out_cap_(size)
#define _Inout_z_
#define _Inout_opt_z_
#define _Inout_updates_z_(size)
#define _Inout_updates_to_(size, count)
#define _Inout_updates_all_(size)
#define _Inout_updates_bytes_opt_(size)
#define _Inout_updates_bytes_to_(size, count)
#define _Inout_updates_bytes_all_(size)
#define _Outptr_result_z_
#define _Outptr_opt_result_z_
#define _Outptr_result_nullonfailure_
#define _Outptr_opt_result_nullonfailure_
#define _Outptr_result_maybenull_z_
#define _Outptr_result_buffer_maybenull_(size)
#define _Outptr_result_bytebuffer_maybenull_(size)
#define _Outptr_result_bytebuffer_to_(size, count)
#define _Outptr_result_buffer_to_(size, count)
#define _Outptr_opt_result_buffer_(size)
#define _Outptr_opt_result_bytebuffer_(size)
#define _Outptr_opt_result_maybenull_z_
#define _COM_Outptr_
#define _Deref_out_
#define _Deref_out_opt_
#define _Deref_out_z_
#define _Deref_pre_maybenull_
#define _Deref_post_maybenull_
#define _Deref_post_null_
#define _Deref_out_range_(lo, hi)
#define _Deref_in_range_(lo, hi)
#define _Deref_inout_range_(lo, hi)
#define _Pre_
#define _Post_
#define _Pre_z_
#define _Post_z_
#define _Post_maybez_
#define _Pre_valid_
#define _Post_valid_
#define _Pre_readable_size_(size)
#define _Pre_writable_size_(size)
#define _Pre_readable_byte_size_(size)
#define _Pre_writable_byte_size_(size)
#define _Post_readable_size_(size)
#define _Post_readable_byte_size_(size)
#define _Post_writable_size_(size)
#define _Post_equal_to_(expr)
#define _Post_defensive_
#define _Pre_defensive_
#define _Pre_equal_to_(expr)
#define _Pre_null_
#define _Pre_opt_valid_
#define _Readable_bytes_(size)
#define _Readable_elements_(size)
#define _Writable_bytes_(size)
#define _Writable_elements_(size)
#define _Null_terminated_
#define _Points_to_data_
#define _Unchanged_(expr)
#define _Pre_unknown_
#define _Old_(expr) expr
#define _Param_(n)
#define _Inexpressible_(expr)
#define _Notliteral_
#define _Scanf_format_string_
#define _Scanf_s_format_string_
#define _Printf_format_string_
#define _Format_string_impl_(kind, where)
#define _Callback_
#define _Ret_
#define _Ret_z_
#define _Ret_maybenull_z_
#define _Ret_notnull_
#define _Ret_null_
#define _Ret_valid_
#define _Ret_opt_
#define _Ret_writes_(size)
#define _Ret_writes_z_(size)
#define _Ret_writes_bytes_(size)
#define _Ret_writes_maybenull_(size)
#define _Ret_writes_bytes_maybenull_(size)
#define _Ret_writes_bytes_to_(size, count)
#define _Ret_writes_bytes_maybenull_to_(size, count)
#define _Result_nullonfailure_
#define _Result_zeroonfailure_
#define _Must_inspect_impl_
#define _On_failure_(annos)
#define _Always_(annos)
#define _Group_(annos)
#define _Field_z_
#define _Field_size_part_(size, count)
#define _Field_size_part_opt_(size, count)
#define _Field_size_bytes_part_(size, count)
#define _Field_size_bytes_part_opt_(size, count)
#define _Field_size_full_(size)
#define _Field_size_bytes_full_(size)
#define _Struct_size_bytes_(size)
#define _Satisfies_(expr)
#define _In_satisfies_(expr)
#define _Analysis_noreturn_
#define _Analysis_mode_(mode)
#define _Analysis_suppress_lock_checking_(lock)
#define _Analysis_assume_lock_held_(lock)
#define _Analysis_assume_lock_acquired_(lock)
#define _Analysis_assume_lock_released_(lock)
#define _Analysis_assume_lock_not_held_(lock)
#define _Analysis_assume_same_lock_(a, b)
#define _Analysis_assume_nullterminated_(x)
#define _Benign_race_begin_
#define _Benign_race_end_
#define _No_competing_thread_
#define _No_competing_thread_begin_
#define _No_competing_thread_end_
#define _Guarded_by_(lock)
#define _Write_guarded_by_(lock)
#define _Interlocked_
#define _Lock_level_order_(a, b)
#define _Create_lock_level_(name)
#define _Has_lock_kind_(kind)
#define _Has_lock_level_(level)
#define _Lock_kind_mutex_
#define _Lock_kind_event_
#define _Lock_kind_semaphore_
#define _Lock_kind_spin_lock_
#define _Lock_kind_critical_section_
#define _Post_same_lock_(a, b)
#define _Acquires_nonreentrant_lock_(lock)
#define _Releases_nonreentrant_lock_(lock)
#define _Requires_shared_lock_held_(lock)
#define _Requires_exclusive_lock_held_(lock)
#define _Requires_no_locks_held_
#define _Function_ignore_lock_checking_(lock)
#define _Enum_is_bitflag_
#define _Strict_type_match_
#define _Points_to_data_
#define _Inout_cap_(size)
#define _Frees_ptr_opt_
#define _Post_maybenull_
#define _Pre_maybenull_
#define _Reserved_
#define _In_z_bytecount_(size)
#define _Check_return_

/* More driver annotations (driverspecs.h). */
#define _Kernel_entry_
#define _Kernel_float_saved_
#define _IRQL_limited_to_(irql)
#define _Kernel_IoGetDmaAdapter_
#define _Kernel_acquires_resource_(kind)
#define _Kernel_requires_resource_held_(kind)
#define _Kernel_releases_resource_(kind)
#define _Kernel_clear_do_init_(yes_no)
#define _Kernel_ptr_size_(size)
#define _Kernel_requires_resource_not_held_(kind)
#define _Analysis_code_type_kernel_driver_
#define _Analysis_code_type_kernel_
#define _Analysis_code_type_user_driver_
#define _Analysis_code_type_user_code_
#define _Analysis_mode_(mode)
#define _Must_inspect_result_
#define _Requires_lock_held_(lock)
#define _Dispatch_type_(type)
#define __drv_dispatchType(type)
#define __drv_dispatchType_other
#define __drv_completionType(type)
#define __drv_callbackType(type)
#define __drv_inTry
#define __drv_notInTry
#define __drv_preferredFunction(func, why)
#define __drv_reportError(why)
#define __drv_isObjectPointer
#define __drv_isCancelIRQL
#define __drv_useCancelIRQL
#define __drv_clearDoInit(yes_no)
#define __drv_valueIs(cond)
#define __drv_constant
#define __drv_nonConstant
#define __drv_arg(expr, annos)
#define __drv_in(annos)
#define __drv_out(annos)
#define __drv_in_deref(annos)
#define __drv_out_deref(annos)
#define __drv_formatString(kind)
#define __drv_inTry
#define __drv_typeConst
#define __drv_typeCond
#define __drv_typeBitset
#define __drv_typeExpr
#define __drv_maxFunctionIRQL(irql)
#define __drv_minFunctionIRQL(irql)
#define __drv_floatUsed
#define __drv_floatSaved
#define __drv_floatRestored
#define __drv_interlocked
#define __drv_Mode_impl(x)
#define __drv_allocatesMem(kind)
#define __drv_freesMem(kind)
#define __drv_aliasesMem
#define __drv_strictType(typename, mode)
#define __drv_innerMustHoldGlobal(kind, param)
#define __drv_innerNeverHoldGlobal(kind, param)
#define __drv_mustHoldGlobal(kind, param)
#define __drv_neverHoldGlobal(kind, param)
#define __drv_acquiresResourceGlobal(kind, param)
#define __drv_releasesResourceGlobal(kind, param)
#define __drv_acquiresExclusiveResource(kind)
#define __drv_releasesExclusiveResource(kind)
#define __drv_acquiresExclusiveResourceGlobal(kind, param)
#define __drv_releasesExclusiveResourceGlobal(kind, param)
#define __drv_acquiresCancelSpinLock
#define __drv_releasesCancelSpinLock
#define __drv_mustHoldCancelSpinLock
#define __drv_neverHoldCancelSpinLock
#define __drv_acquiresCriticalRegion
#define __drv_releasesCriticalRegion
#define __drv_mustHoldCriticalRegion
#define __drv_neverHoldCriticalRegion
#define __drv_acquiresPriorityRegion
#define __drv_releasesPriorityRegion
#define __drv_setsIRQL(irql)
#define __drv_requiresIRQL(irql)
#define __drv_when(cond, annos)
#define __drv_deref(annos)
#define __drv_ret(annos)
#define __drv_unit(p)
#define __drv_fun(annos)
#define __drv_defined(x) 0
#define __internal_kernel_driver
#define __kernel_code
#define __kernel_driver
#define __user_driver
#define __user_code

/* More of the oldest (SAL 1) spellings. */
#define __in_z
#define __in_opt_z
#define __out_z
#define __inout_z
#define __in_ecount_opt(size)
#define __in_bcount_opt(size)
#define __out_ecount_opt(size)
#define __out_bcount_opt(size)
#define __out_ecount_part(size, length)
#define __out_bcount_part(size, length)
#define __out_ecount_full(size)
#define __out_bcount_full(size)
#define __out_ecount_z(size)
#define __inout_ecount(size)
#define __inout_bcount(size)
#define __inout_bcount_opt(size)
#define __inout_ecount_opt(size)
#define __in_xcount(size)
#define __out_xcount(size)
#define __deref_out_ecount(size)
#define __deref_out_bcount(size)
#define __deref_opt_out
#define __deref_inout
#define __deref_in
#define __field_ecount(size)
#define __field_bcount(size)
#define __field_ecount_opt(size)
#define __field_bcount_opt(size)
#define __field_ecount_part(size, length)
#define __field_bcount_part(size, length)
#define __out_range(lo, hi)
#define __in_range(lo, hi)
#define __success(expr)
#define __nullterminated
#define __notnull
#define __maybenull
#define __reserved
#define __callback
#define __format_string
#define __blocksOn(resource)
#define __analysis_assume(expr)
#define __checkReturn
#define __fallthrough
#define __bcount(size)
#define __ecount(size)
#define __bcount_opt(size)
#define __ecount_opt(size)
#define __drv_aliasesMem
#define __override
#define __allocator
#define __data_entrypoint(category)
#define __control_entrypoint(category)

#endif /* NDIS_TIDY_MODEL_SAL_H */
