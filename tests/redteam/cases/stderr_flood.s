	.file	"stderr_flood.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%lld"
.LC2:
	.string	"%lld %lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB24:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	movl	$65536, %edx
	movl	$101, %esi
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	leaq	buf.0(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	movq	%rbp, %rdi
	movl	$1024, %ebx
	subq	$24, %rsp
	.cfi_def_cfa_offset 64
	call	memset@PLT
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L18:
	subl	$1, %ebx
	je	.L17
.L3:
	movl	$65536, %edx
	movq	%rbp, %rsi
	movl	$2, %edi
	call	write@PLT
	testq	%rax, %rax
	jns	.L18
	movl	$5, %eax
.L1:
	addq	$24, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
.L17:
	.cfi_restore_state
	xorl	%eax, %eax
	leaq	4(%rsp), %rsi
	leaq	.LC0(%rip), %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	je	.L19
.L4:
	movl	$1, %eax
	jmp	.L1
.L19:
	cmpl	$0, 4(%rsp)
	jle	.L4
	xorl	%ebx, %ebx
	xorl	%r12d, %r12d
	leaq	.LC1(%rip), %r13
	xorl	%ebp, %ebp
	jmp	.L5
.L9:
	xorl	%eax, %eax
	leaq	8(%rsp), %rsi
	movq	%r13, %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L4
	movq	8(%rsp), %rax
	addq	%rax, %rbp
	testl	%ebx, %ebx
	je	.L8
	cmpq	%r12, %rax
	cmovl	%r12, %rax
.L8:
	addl	$1, %ebx
	movq	%rax, %r12
.L5:
	cmpl	4(%rsp), %ebx
	jl	.L9
	movq	%r12, %rdx
	movq	%rbp, %rsi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	jmp	.L1
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.local	buf.0
	.comm	buf.0,65536,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
