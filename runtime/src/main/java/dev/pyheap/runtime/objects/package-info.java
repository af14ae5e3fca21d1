/**
 * {@code Objects/}: the types and their slots, the objects' layouts in the heap, free lists,
 * allocation of objects, reference counting and deallocation (with the trashcan), hashing, and the
 * abstract object layer. The layer below everything else of the runtime: it knows the API types
 * and the {@code api} module, and reaches the layers above only through types it declares
 * ({@link dev.pyheap.runtime.objects.ThreadContext}, {@link dev.pyheap.runtime.objects.AllocationObserver}).
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.PyType}</td><td>{@code Include/cpython/object.h} ({@code PyTypeObject}: the slots), {@code Objects/typeobject.c} (slot defaults)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.Abstract}</td><td>{@code Objects/abstract.c}, {@code Objects/object.c} ({@code PyObject_Repr}, {@code PyObject_RichCompare}, {@code PyObject_GetAttr}, ...)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.ObjectSpace}</td><td>{@code Objects/object.c} ({@code _Py_Dealloc}, {@code Py_INCREF}), {@code Include/internal/pycore_object.h}
 *       ({@code _PyObject_GC_TRACK}), {@code Include/cpython/object.h} (trashcan), the per-type states of {@code PyInterpreterState}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.Layout}</td><td>{@code Include/object.h} ({@code PyObject_HEAD}), {@code Include/internal/pycore_gc.h} ({@code PyGC_Head})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.TypeType}</td><td>{@code Objects/typeobject.c} ({@code type}; {@code tp_subclasses}: {@code add_subclass}, {@code remove_subclass}, {@code type___subclasses__})</td></tr>
 *   <tr><td>{@code TypeCache}</td><td>{@code Objects/typeobject.c} ({@code struct type_cache}: {@code _PyType_Lookup}'s method cache, {@code MCACHE_HASH_METHOD}, {@code MCACHE_CACHEABLE_NAME}, {@code PyType_ClearCache}, {@code _PyType_Fini})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.MappingProxyType}</td><td>{@code Objects/descrobject.c} ({@code mappingproxy})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.ClassType}</td><td>{@code Objects/typeobject.c} (heap types: {@code type_new}, {@code subtype_dealloc}), {@code Objects/object.c} ({@code PyObject_GenericGetAttr})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.NoneType}, {@link dev.pyheap.runtime.objects.NotImplementedType}</td><td>{@code Objects/object.c} ({@code _Py_NoneStruct}, {@code _Py_NotImplementedStruct})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.IntType}</td><td>{@code Objects/longobject.c}, {@code Objects/boolobject.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.FloatType}</td><td>{@code Objects/floatobject.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.StrType}</td><td>{@code Objects/unicodeobject.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.BytesType}</td><td>{@code Objects/bytesobject.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.MemoryViewType}</td><td>{@code Objects/memoryobject.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.Buffer}, {@link dev.pyheap.runtime.objects.BufferItems}</td><td>{@code Include/cpython/object.h} ({@code Py_buffer}, {@code bf_getbuffer}), {@code Objects/abstract.c} ({@code PyBuffer_ToContiguous}), {@code Objects/memoryobject.c} ({@code unpack_single}, {@code pack_single})</td></tr>
 *   <tr><td>{@code Stringlib}</td><td>{@code Objects/stringlib/} (fastsearch, split, partition, transmogrify): the algorithms str and bytes share, over code units; the searches over a {@code Stringlib.View}, the receiver's units read in place</td></tr>
 *   <tr><td>{@code TextMethods}, {@code StrMethods}, {@code BytesMethods}</td><td>{@code Objects/unicodeobject.c} ({@code unicode_methods}), {@code Objects/bytes_methods.c}, {@code bytearrayobject.c}: the methods, the shared ones once</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.Formatter}, {@code StringFormat}</td><td>{@code Python/formatter_unicode.c} (the format-spec mini-language), {@code Objects/stringlib/unicode_format.h} ({@code str.format}), {@code PyUnicode_Format} and {@code _PyBytes_FormatEx} ({@code %})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.SlotWrappers}</td><td>{@code Objects/typeobject.c} ({@code slotdefs}, {@code add_operators}, the {@code wrap_*} functions): a built-in type's slots as special methods in its namespace</td></tr>
 *   <tr><td>{@code WrapperDescrType}, {@code MemberDescrType}, {@code GetSetDescrType}</td><td>{@code Objects/descrobject.c} ({@code wrapper_descriptor} and {@code method-wrapper}, {@code member_descriptor}, {@code getset_descriptor})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.ClassMethodDescrType}</td><td>{@code Objects/descrobject.c} ({@code classmethod_descriptor}: {@code METH_CLASS} methods, {@code classmethod_get}, {@code classmethoddescr_call})</td></tr>
 *   <tr><td>{@code DocTexts}</td><td>{@code Objects/typeobject.c} ({@code _PyType_GetDocFromInternalDoc}, {@code _PyType_GetTextSignatureFromInternalDoc}): the built-ins' {@code tp_doc}/{@code ml_doc} texts, recorded from CPython in the resource {@code docs.txt} and read on first use</td></tr>
 *   <tr><td>{@code ClassAssignment}</td><td>{@code Objects/typeobject.c} ({@code object_set_class}, {@code compatible_for_assignment})</td></tr>
 *   <tr><td>{@code Codecs}</td><td>{@code Objects/unicodeobject.c} (the UTF-8/16/32, ASCII and Latin-1 codecs), {@code Python/codecs.c} (the error handlers)</td></tr>
 *   <tr><td>{@code Charmaps}</td><td>{@code Lib/encodings/cp1252.py} and the other single-byte codecs' tables, run as {@code Objects/unicodeobject.c}'s charmap codec</td></tr>
 *   <tr><td>{@code UnicodeCase}</td><td>{@code Objects/unicodeobject.c}: {@code do_upper}, {@code do_lower}, {@code do_title} and the other case methods, {@code handle_capital_sigma}</td></tr>
 *   <tr><td>{@code UnicodeCtype}</td><td>{@code Objects/unicodectype.c} and {@code Objects/unicodetype_db.h}: the character database of str's predicates and case mappings (Unicode 14.0)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.SequenceType}, {@link dev.pyheap.runtime.objects.TupleType}</td><td>{@code Objects/tupleobject.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.ListType}</td><td>{@code Objects/listobject.c}</td></tr>
 *   <tr><td>{@code ListSort}</td><td>{@code Objects/listobject.c} ({@code list_sort_impl}: timsort with powersort's merge order), {@code Objects/listsort.txt}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.DictType}</td><td>{@code Objects/dictobject.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.SetType}</td><td>{@code Objects/setobject.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.WeakrefType}</td><td>{@code Objects/weakrefobject.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.SequenceIterType}</td><td>{@code Objects/listobject.c}, {@code tupleobject.c}, {@code unicodeobject.c}, {@code bytesobject.c} (their iterators)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.DictIterType}</td><td>{@code Objects/dictobject.c} ({@code dictiter_iternextkey})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.SetIterType}</td><td>{@code Objects/setobject.c} ({@code setiter_iternext})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.GeneratorType}</td><td>{@code Objects/genobject.c} ({@code PyGen_Type}, {@code PyCoro_Type}, {@code PyAsyncGen_Type}: {@code gen_send_ex}, {@code _gen_throw}, {@code gen_close}, {@code _PyGen_Finalize})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.CoroWrapperType}, {@link dev.pyheap.runtime.objects.AsyncGenASendType},
 *       {@link dev.pyheap.runtime.objects.AsyncGenAThrowType}, {@link dev.pyheap.runtime.objects.AsyncGenWrappedValueType}</td><td>{@code Objects/genobject.c}
 *       ({@code _PyCoroWrapper_Type}, {@code _PyAsyncGenASend_Type}, {@code _PyAsyncGenAThrow_Type}, {@code _PyAsyncGenWrappedValue_Type})</td></tr>
 *   <tr><td>{@code GenericAliasType}, {@code GenericAliasIterType}</td><td>{@code Objects/genericaliasobject.c} ({@code Py_GenericAliasType}: {@code ga_getattro}, {@code ga_repr}, {@code ga_call}, {@code ga_reduce}, {@code ga_dir}; {@code _Py_GenericAliasIterType})</td></tr>
 *   <tr><td>{@code UnionType}</td><td>{@code Objects/unionobject.c} ({@code _PyUnion_Type}: {@code make_union}, {@code dedup_and_flatten_args}, {@code _Py_union_type_or}, {@code union_getitem})</td></tr>
 *   <tr><td>{@code GenericAliases}</td><td>{@code Objects/genericaliasobject.c} ({@code _Py_make_parameters}, {@code _Py_subs_parameters}, {@code subs_tvars}, {@code _unpack_args}, {@code ga_repr_item}), {@code Py_GenericAlias} as the built-in types' {@code __class_getitem__}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.FreeList}</td><td>the {@code free_list} arrays of {@code listobject.c}, {@code dictobject.c}, {@code floatobject.c}, {@code tupleobject.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.Hashing}</td><td>{@code Python/pyhash.c}, {@code Include/pyhash.h}, {@code tuplehash}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.CompareOp}</td><td>{@code Include/object.h} ({@code Py_LT} ... {@code Py_GE}), {@code _Py_SwappedOp}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.PyMethod}, {@link dev.pyheap.runtime.objects.Args}</td><td>{@code Include/methodobject.h} ({@code PyMethodDef}), {@code Python/getargs.c} ({@code _PyArg_CheckPositional})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.ThreadContext}, {@link dev.pyheap.runtime.objects.RecursionDepth}</td><td>{@code PyThreadState} as {@code Objects/} sees it: {@code Py_EnterRecursiveCall}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.BaseExceptionType}, {@link dev.pyheap.runtime.objects.Exceptions}</td><td>{@code Objects/exceptions.c} (the built-in exceptions, {@code _PyErr_NormalizeException})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.ExceptionGroupType}</td><td>{@code Objects/exceptions.c} ({@code BaseExceptionGroup}, {@code ExceptionGroup}: {@code split}, {@code subgroup}, {@code derive}, {@code _PyExc_PrepReraiseStar}), {@code Python/ceval.c} ({@code exception_group_match})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.WarningSink}</td><td>{@code Python/_warnings.c} ({@code PyErr_WarnEx}) as the runtime reaches it: a hook the interpreter installs</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objects.AllocationObserver}</td><td>{@code Modules/_tracemalloc.c}'s allocator hooks ({@code tracemalloc_alloc}, ...), seen from below</td></tr>
 * </table>
 */
package dev.pyheap.runtime.objects;
