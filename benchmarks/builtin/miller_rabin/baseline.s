	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%llu"
	.globl	__umodti3
.LC2:
	.string	"%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$72, %rsp
	.cfi_def_cfa_offset 128
	leaq	52(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L2
	xorl	%edx, %edx
	cmpl	$0, 52(%rsp)
	jle	.L28
	xorl	%edx, %edx
	leaq	56(%rsp), %rax
	xorl	%r13d, %r13d
	movq	%rax, 32(%rsp)
	movl	%edx, 44(%rsp)
	.p2align 4,,10
	.p2align 3
.L27:
	movq	32(%rsp), %rsi
	xorl	%eax, %eax
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L42
	movq	56(%rsp), %r15
	cmpq	$1, %r15
	jbe	.L5
	cmpq	$2, %r15
	je	.L46
	movq	%r15, %rcx
	andl	$1, %ecx
	je	.L5
	cmpq	$3, %r15
	je	.L46
	movabsq	$-6148914691236517205, %rax
	movabsq	$6148914691236517205, %rbx
	imulq	%r15, %rax
	cmpq	%rax, %rbx
	jnb	.L5
	cmpq	$5, %r15
	je	.L46
	movabsq	$-3689348814741910323, %rax
	movabsq	$3689348814741910323, %rbx
	imulq	%r15, %rax
	cmpq	%rax, %rbx
	jnb	.L5
	cmpq	$7, %r15
	je	.L46
	movabsq	$7905747460161236407, %rax
	movabsq	$2635249153387078802, %rdx
	imulq	%r15, %rax
	cmpq	%rax, %rdx
	jnb	.L5
	cmpq	$11, %r15
	je	.L46
	movabsq	$3353953467947191203, %rax
	movabsq	$1676976733973595601, %rdx
	imulq	%r15, %rax
	cmpq	%rax, %rdx
	jnb	.L5
	cmpq	$13, %r15
	je	.L46
	movabsq	$5675921253449092805, %rax
	movabsq	$1418980313362273201, %rdx
	imulq	%r15, %rax
	cmpq	%rax, %rdx
	jnb	.L5
	cmpq	$17, %r15
	je	.L46
	movabsq	$-1085102592571150095, %rax
	movabsq	$1085102592571150095, %rdx
	imulq	%r15, %rax
	cmpq	%rax, %rdx
	jnb	.L5
	cmpq	$19, %r15
	je	.L46
	movabsq	$-8737931403336103397, %rax
	movabsq	$970881267037344821, %rdx
	imulq	%r15, %rax
	cmpq	%rax, %rdx
	jnb	.L5
	cmpq	$23, %r15
	je	.L46
	movabsq	$-3208129404123400281, %rax
	movabsq	$802032351030850070, %rdx
	imulq	%r15, %rax
	cmpq	%rax, %rdx
	jnb	.L5
	cmpq	$29, %r15
	je	.L46
	movabsq	$3816567739388183093, %rax
	movabsq	$636094623231363848, %rdx
	imulq	%r15, %rax
	cmpq	%rax, %rdx
	jnb	.L5
	cmpq	$31, %r15
	je	.L46
	movabsq	$-1190112520884487201, %rax
	movabsq	$595056260442243600, %rdx
	imulq	%r15, %rax
	cmpq	%rax, %rdx
	jnb	.L5
	cmpq	$37, %r15
	je	.L46
	movabsq	$1495681951922396077, %rax
	movabsq	$498560650640798692, %rdx
	imulq	%r15, %rax
	cmpq	%rax, %rdx
	jnb	.L5
	leaq	-1(%r15), %rbp
	xorl	%r12d, %r12d
	movq	%rbp, %rsi
	testb	$1, %r15b
	je	.L18
	.p2align 4,,10
	.p2align 3
.L19:
	shrq	%rsi
	addl	$1, %r12d
	testb	$1, %sil
	je	.L19
.L18:
	movl	%r13d, 40(%rsp)
	leaq	bases.0(%rip), %r10
	movl	$2, %ebx
	movq	%rsi, 16(%rsp)
	movq	%r10, %r8
	movq	%rcx, 24(%rsp)
	.p2align 4,,10
	.p2align 3
.L26:
	movq	24(%rsp), %r14
	movq	16(%rsp), %r13
	movq	%r8, 8(%rsp)
	.p2align 4,,10
	.p2align 3
.L21:
	testb	$1, %r13b
	je	.L20
	movq	%r14, %rax
	xorl	%ecx, %ecx
	mulq	%rbx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	movq	%r15, %rdx
	call	__umodti3@PLT
	movq	%rax, %r14
.L20:
	movq	%rbx, %rax
	xorl	%ecx, %ecx
	mulq	%rbx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	movq	%r15, %rdx
	call	__umodti3@PLT
	shrq	%r13
	movq	%rax, %rbx
	jne	.L21
	movq	8(%rsp), %r8
	cmpq	%r14, %rbp
	je	.L22
	cmpq	$1, %r14
	je	.L22
	cmpl	$1, %r12d
	jle	.L43
	movq	%r14, %rax
	xorl	%ecx, %ecx
	mulq	%r14
	movq	%rdx, %rsi
	movq	%rax, %rdi
	movq	%r15, %rdx
	call	__umodti3@PLT
	movq	8(%rsp), %r8
	cmpq	%rax, %rbp
	je	.L22
	movl	$1, %r13d
	movq	%r8, %rbx
	jmp	.L23
	.p2align 4,,10
	.p2align 3
.L24:
	mulq	%rax
	xorl	%ecx, %ecx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	movq	%r15, %rdx
	call	__umodti3@PLT
	cmpq	%rax, %rbp
	je	.L44
.L23:
	addl	$1, %r13d
	cmpl	%r12d, %r13d
	jne	.L24
.L43:
	movl	40(%rsp), %r13d
.L5:
	addl	$1, %r13d
	cmpl	%r13d, 52(%rsp)
	jg	.L27
.L42:
	movl	44(%rsp), %edx
.L28:
	movl	%edx, %esi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
.L2:
	addq	$72, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L44:
	.cfi_restore_state
	movq	%rbx, %r8
.L22:
	addq	$8, %r8
	leaq	96+bases.0(%rip), %rax
	cmpq	%r8, %rax
	je	.L25
	movq	(%r8), %rbx
	jmp	.L26
.L25:
	movl	40(%rsp), %r13d
.L46:
	addl	$1, 44(%rsp)
	jmp	.L5
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.section	.rodata
	.align 32
	.type	bases.0, @object
	.size	bases.0, 96
bases.0:
	.quad	2
	.quad	3
	.quad	5
	.quad	7
	.quad	11
	.quad	13
	.quad	17
	.quad	19
	.quad	23
	.quad	29
	.quad	31
	.quad	37
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
