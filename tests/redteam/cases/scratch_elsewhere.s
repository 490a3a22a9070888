	.file	"scratch_elsewhere.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%s/scratch%d"
.LC1:
	.string	"w"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC2:
	.string	"stored %lld MiB outside any cap"
	.section	.rodata.str1.1
.LC3:
	.string	"scratch"
.LC4:
	.string	"LEAK %s %s\n"
.LC5:
	.string	"%d"
.LC6:
	.string	"%lld"
.LC7:
	.string	"%lld %lld\n"
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
	movl	$1, %esi
	movl	$25, %edi
	leaq	dirs.0(%rip), %r15
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	leaq	buf.1(%rip), %r13
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	xorl	%ebp, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$232, %rsp
	.cfi_def_cfa_offset 288
	call	signal@PLT
	movl	$1048576, %edx
	movl	$120, %esi
	movq	%r13, %rdi
	call	memset@PLT
	leaq	32(%rsp), %rax
	movq	%rax, 8(%rsp)
	.p2align 4,,10
	.p2align 3
.L2:
	xorl	%r14d, %r14d
.L5:
	movq	8(%rsp), %rbx
	movq	(%r15), %rcx
	movl	%r14d, %r8d
	movl	$64, %esi
	leaq	.LC0(%rip), %rdx
	xorl	%eax, %eax
	movq	%rbx, %rdi
	call	snprintf@PLT
	leaq	.LC1(%rip), %rsi
	movq	%rbx, %rdi
	call	fopen@PLT
	movq	%rax, %r12
	testq	%rax, %rax
	je	.L3
	movl	$8, %ebx
	.p2align 4,,10
	.p2align 3
.L4:
	movq	%r12, %rcx
	movl	$1048576, %edx
	movl	$1, %esi
	movq	%r13, %rdi
	call	fwrite@PLT
	addq	%rax, %rbp
	subl	$1, %ebx
	jne	.L4
	movq	%r12, %rdi
	call	fclose@PLT
	cmpl	$1, %eax
	adcq	$-1, %rbp
.L3:
	testl	%r14d, %r14d
	jne	.L24
	movl	$1, %r14d
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L24:
	addq	$8, %r15
	leaq	56+dirs.0(%rip), %rax
	cmpq	%rax, %r15
	jne	.L2
	cmpq	$50331648, %rbp
	jg	.L25
	xorl	%eax, %eax
	leaq	28(%rsp), %rsi
	leaq	.LC5(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L1
	cmpl	$0, 28(%rsp)
	jle	.L1
	xorl	%ebx, %ebx
	xorl	%r15d, %r15d
	leaq	96(%rsp), %r13
	xorl	%ebp, %ebp
	leaq	.LC6(%rip), %r12
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L27:
	movq	96(%rsp), %rax
	addq	%rax, %rbp
	cmpq	%rax, %rbx
	cmovl	%rax, %rbx
	testl	%r15d, %r15d
	cmove	%rax, %rbx
	addl	$1, %r15d
	cmpl	28(%rsp), %r15d
	jge	.L26
.L12:
	xorl	%eax, %eax
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L27
.L1:
	addq	$232, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movl	%r14d, %eax
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
.L26:
	.cfi_restore_state
	movq	%rbx, %rdx
	movq	%rbp, %rsi
	leaq	.LC7(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%r14d, %r14d
	jmp	.L1
.L25:
	leaq	96(%rsp), %rbx
	movq	%rbp, %rcx
	movl	$128, %esi
	xorl	%eax, %eax
	sarq	$20, %rcx
	leaq	.LC2(%rip), %rdx
	movq	%rbx, %rdi
	call	snprintf@PLT
	leaq	.LC4(%rip), %rdi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	leaq	.LC3(%rip), %rsi
	call	printf@PLT
	xorl	%edi, %edi
	call	exit@PLT
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.section	.rodata.str1.1
.LC8:
	.string	"."
.LC9:
	.string	"/tmp"
.LC10:
	.string	"/dev/shm"
.LC11:
	.string	"/dev"
.LC12:
	.string	"/"
.LC13:
	.string	"/box"
.LC14:
	.string	"/usr/lib/debug"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	dirs.0, @object
	.size	dirs.0, 56
dirs.0:
	.quad	.LC8
	.quad	.LC9
	.quad	.LC10
	.quad	.LC11
	.quad	.LC12
	.quad	.LC13
	.quad	.LC14
	.local	buf.1
	.comm	buf.1,1048576,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
