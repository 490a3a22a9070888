	.file	"cache_between_runs.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"r"
.LC1:
	.string	"LEAK %s %s\n"
.LC2:
	.string	"%d"
.LC3:
	.string	"%lld"
.LC4:
	.string	"%lld %lld\n"
.LC5:
	.string	"w"
.LC6:
	.string	"a previous run was here\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB24:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	leaq	.LC0(%rip), %r13
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	leaq	places(%rip), %rbx
	leaq	48(%rbx), %r12
	movq	%rbx, %r14
	subq	$152, %rsp
	.cfi_def_cfa_offset 208
.L3:
	movq	(%r14), %rbp
	movq	%r13, %rsi
	movq	%rbp, %rdi
	call	fopen@PLT
	movq	%rax, %rcx
	testq	%rax, %rax
	je	.L2
	leaq	16(%rsp), %rbx
	pxor	%xmm0, %xmm0
	movl	$127, %edx
	movl	$1, %esi
	movq	%rbx, %rdi
	movaps	%xmm0, 16(%rsp)
	movaps	%xmm0, 32(%rsp)
	movaps	%xmm0, 48(%rsp)
	movaps	%xmm0, 64(%rsp)
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm0, 96(%rsp)
	movaps	%xmm0, 112(%rsp)
	movaps	%xmm0, 128(%rsp)
	call	fread@PLT
	movq	%rbx, %rdx
	movq	%rbp, %rsi
	xorl	%eax, %eax
	leaq	.LC1(%rip), %rdi
	call	printf@PLT
	xorl	%edi, %edi
	call	exit@PLT
.L2:
	addq	$8, %r14
	cmpq	%r12, %r14
	jne	.L3
	xorl	%eax, %eax
	leaq	12(%rsp), %rsi
	leaq	.LC2(%rip), %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	je	.L22
.L4:
	movl	$1, %r15d
.L7:
	leaq	.LC5(%rip), %r13
	leaq	.LC6(%rip), %r14
	.p2align 4,,10
	.p2align 3
.L11:
	movq	(%rbx), %rdi
	movq	%r13, %rsi
	call	fopen@PLT
	movq	%rax, %rbp
	testq	%rax, %rax
	je	.L10
	movq	%r14, %rdi
	movq	%rax, %rcx
	movl	$24, %edx
	movl	$1, %esi
	call	fwrite@PLT
	movq	%rbp, %rdi
	call	fclose@PLT
.L10:
	addq	$8, %rbx
	cmpq	%r12, %rbx
	jne	.L11
	addq	$152, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movl	%r15d, %eax
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
.L22:
	.cfi_restore_state
	cmpl	$0, 12(%rsp)
	jle	.L4
	xorl	%r15d, %r15d
	xorl	%r13d, %r13d
	leaq	.LC3(%rip), %r14
	xorl	%ebp, %ebp
	jmp	.L5
.L9:
	xorl	%eax, %eax
	leaq	16(%rsp), %rsi
	movq	%r14, %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L4
	movq	16(%rsp), %rax
	addq	%rax, %rbp
	testl	%r15d, %r15d
	je	.L8
	cmpq	%r13, %rax
	cmovl	%r13, %rax
.L8:
	addl	$1, %r15d
	movq	%rax, %r13
.L5:
	cmpl	12(%rsp), %r15d
	jl	.L9
	movq	%r13, %rdx
	movq	%rbp, %rsi
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%r15d, %r15d
	jmp	.L7
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.section	.rodata.str1.1
.LC7:
	.string	"asmopt-cache"
.LC8:
	.string	"/tmp/asmopt-cache"
.LC9:
	.string	"/dev/shm/asmopt-cache"
.LC10:
	.string	"/box/asmopt-cache"
.LC11:
	.string	"/asmopt-cache"
.LC12:
	.string	"/dev/asmopt-cache"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	places, @object
	.size	places, 48
places:
	.quad	.LC7
	.quad	.LC8
	.quad	.LC9
	.quad	.LC10
	.quad	.LC11
	.quad	.LC12
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
